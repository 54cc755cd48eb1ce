"""Settings shared by every environment; each environment module refines them.

Everything that differs between machines comes from the environment, so the same
code runs on a laptop (SQLite, database search) and in production (PostgreSQL,
optionally Elasticsearch/OpenSearch).
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from search.conf import search_backends

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")

INSTALLED_APPS = [
    "portal",
    "measures",
    "team",
    "search",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Nobody reaches a page, image, document or media file without logging in;
    # the few public views are marked with @login_not_required.
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    # Wagtail's page routing from the cache, for logged-in requests only.
    "portal.page_cache.RouteCacheMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Cache-Control: private, no-store on pages with personal data.
    "portal.middleware.PrivateResponseMiddleware",
    # Content-Security-Policy on every response; /admin/ gets its own (see below).
    "portal.middleware.PortalCSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes requires: turns a locked-out login into our lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "portal.context_processors.navigation",
            ],
            # {% load saved_tags %}: the Lagre button lives with saved items.
            "libraries": {"saved_tags": "portal.saved.templatetags"},
        },
    },
]

WSGI_APPLICATION = "portal.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
# SQLite for concurrent web use (laptops and small sites run on it): a
# transaction takes the write lock when it begins (IMMEDIATE), so two requests
# that read and then write cannot deadlock into "database is locked"; a writer
# waits up to SQLITE_TIMEOUT_SECONDS for another instead of failing; and WAL lets
# readers go on while one request writes. tests/portal/test_sqlite_concurrency.py
# proves it with threads on a database file.
SQLITE_TIMEOUT_SECONDS = 20
SQLITE_OPTIONS = {
    "transaction_mode": "IMMEDIATE",
    "timeout": SQLITE_TIMEOUT_SECONDS,
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        **SQLITE_OPTIONS,
        **DATABASES["default"].get("OPTIONS", {}),
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

_VALIDATORS = "django.contrib.auth.password_validation"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"{_VALIDATORS}.UserAttributeSimilarityValidator"},
    {"NAME": f"{_VALIDATORS}.MinimumLengthValidator"},
    {"NAME": f"{_VALIDATORS}.CommonPasswordValidator"},
    {"NAME": f"{_VALIDATORS}.NumericPasswordValidator"},
]

# django-axes first: it refuses a locked-out username or address before the password
# is even checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

LOGIN_URL = "/logg-inn/"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/logg-inn/"
WAGTAILADMIN_LOGIN_URL = LOGIN_URL

# Norwegian bokmål everywhere a person reads.
LANGUAGE_CODE = "nb"
LANGUAGES = [("nb", _("Norwegian Bokmål"))]
LOCALE_PATHS = [BASE_DIR / "portal" / "locale"]
TIME_ZONE = "Europe/Oslo"
USE_I18N = True
USE_TZ = True
FORMAT_MODULE_PATH = ["portal.formats"]
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nb", "Norsk bokmål")]
WAGTAIL_I18N_ENABLED = False

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
    },
}

WAGTAIL_SITE_NAME = "Inkluderingsportalen"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "measures.VisualSupport"
WAGTAILIMAGES_IMAGE_FORM_BASE = "measures.forms.VisualSupportForm"
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "doc", "pptx", "ppt", "xlsx", "xls", "odt"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Type, content and file-name checks for every upload form: portal/uploads.py.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "portal.uploads.PortalDocumentForm"
# Documents go through Wagtail's view so the login requirement covers them.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_MODERATION_ENABLED = False
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {"features": ["h2", "h3", "bold", "italic", "ol", "ul", "link"]},
    }
}

# Self-assessment results: the fewest respondents a group or statement needs
# before anything is shown. May only be raised: team.cycle.min_respondents()
# never goes below 3 (docs/privacy.md).
PORTAL_MIN_RESPONDENTS = 3

# Search backend chosen from the environment; the search app documents the options.
SEARCH_BACKEND = os.environ.get("SEARCH_BACKEND", "database")
SEARCH_URL = os.environ.get("SEARCH_URL", "http://127.0.0.1:9200")
SEARCH_INDEX_PREFIX = os.environ.get("SEARCH_INDEX_PREFIX", "portal_")
WAGTAILSEARCH_BACKENDS = search_backends(
    SEARCH_BACKEND, SEARCH_URL, SEARCH_INDEX_PREFIX
)

# Our searchable pages index Page's title through search.index.NormalisedTitleField
# (the title plus its normalised terms) instead of the plain SearchField("title");
# Wagtail's check only recognises the plain one.
SILENCED_SYSTEM_CHECKS = ["wagtailsearch.W001"]

# --- Security headers, in every environment so tests and browsers see them. ---
# Django's defaults already send these; spelled out because we rely on them.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# The front end has no inline script, event handler or style attribute: everything
# comes from our own static files. The one exception is the inline <style> of
# templates/500.html (rendered without static files), allowed by its hash.
_SELF = "'self'"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [_SELF],
        "script-src": [_SELF],
        "style-src": [_SELF, "'sha256-Zw60WyzlYc58mishu2SUBrNkBjJx2keI/CbMtHyguzY='"],
        "img-src": [_SELF, "data:"],
        "font-src": [_SELF],
        "connect-src": [_SELF],
        "object-src": ["'none'"],
        "base-uri": [_SELF],
        "form-action": [_SELF],
        "frame-ancestors": ["'none'"],
    }
}
# /admin/ only (portal.middleware.PortalCSPMiddleware). Wagtail 8's admin widgets
# (date choosers, tag fields, focal point, history filters) still write inline
# <script> and event handlers, and page preview frames the admin's own pages.
# Checked in Chromium; docs/operations.md has the details.
PORTAL_ADMIN_CSP_REPLACE = {
    "script-src": [_SELF, "'unsafe-inline'"],
    "style-src": [_SELF, "'unsafe-inline'"],
    "img-src": [_SELF, "data:", "blob:"],
    "frame-ancestors": [_SELF],
}

# --- Login throttling (django-axes) ---
# Five failed logins lock out that username, and separately that address, for
# 15 minutes; the login page then explains it in Norwegian (portal.views.lockout).
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "portal.views.lockout"
AXES_CLIENT_IP_CALLABLE = "portal.security.client_ip"
# Proxies in front of the app that append to X-Forwarded-For (nginx: 1). With 0 the
# address is REMOTE_ADDR, which behind a proxy would lock out everybody at once.
PORTAL_PROXY_COUNT = int(os.environ.get("PORTAL_PROXY_COUNT", "0"))
# Privacy: no log lines with usernames and addresses, and no permanent record of
# successful logins; failed attempts live in axes' table until their cool-off ends.
AXES_VERBOSE = False
AXES_CLIENT_STR_CALLABLE = "portal.security.anonymous_client_str"
AXES_DISABLE_ACCESS_LOG = True

# Django's cache holds Wagtail's site root paths and the measure pages' shared
# bodies (portal/page_cache.py). In-memory per process is enough: the fragments'
# keys carry a counter kept in the database, so a publish handled by one gunicorn
# worker makes every worker render afresh — no shared cache server to run. Each
# worker holds at most MAX_ENTRIES bodies (~10 KB each).
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "portal",
        "OPTIONS": {"MAX_ENTRIES": 5000},
    }
}
# Sessions stay in the database (one primary-key read per request). The faster
# "cached_db" backend would need a cache shared by the workers: with a cache per
# process, a logout handled by one worker would leave the session alive in the
# others' caches.
SESSION_ENGINE = "django.contrib.sessions.backends.db"

TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        # The engine clients' trace loggers write every request body, search
        # words included, as a curl command at INFO: never let them through.
        "opensearchpy.trace": {"level": "WARNING"},
        "elasticsearch.trace": {"level": "WARNING"},
    },
}
