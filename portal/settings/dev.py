"""Local development: debug on, a fixed insecure key, demo content allowed."""

from .base import *  # noqa: F403
from .base import INSTALLED_APPS, SECRET_KEY, env_list

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-never-use-in-production"  # noqa: S105
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
PORTAL_DEMO_ALLOWED = True
# Tooling, never installed in production: load_demo (portal/demo) and make bench.
INSTALLED_APPS = [*INSTALLED_APPS, "portal.demo", "bench"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
