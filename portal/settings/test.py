"""Settings for the test suite: fast hashing, throwaway media, demo allowed."""

import os
import tempfile

from search.conf import search_backends

from .base import *  # noqa: F403
from .base import INSTALLED_APPS, SEARCH_BACKEND, SEARCH_URL, SECRET_KEY

DEBUG = False
SECRET_KEY = SECRET_KEY or "test-only-insecure-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = tempfile.mkdtemp(prefix="portal-test-media-")
PORTAL_DEMO_ALLOWED = True
# Tooling, never installed in production: load_demo (portal/demo) and the
# benchmark's worker processes (make bench runs them with these settings).
INSTALLED_APPS = [*INSTALLED_APPS, "portal.demo", "bench"]

# Tests get their own engine indexes, never the developer's.
# SEARCH_TEST_INDEX_PREFIX lets parallel checkouts share one engine.
SEARCH_INDEX_PREFIX = os.environ.get("SEARCH_TEST_INDEX_PREFIX", "test_portal_")
WAGTAILSEARCH_BACKENDS = search_backends(
    SEARCH_BACKEND, SEARCH_URL, SEARCH_INDEX_PREFIX
)
