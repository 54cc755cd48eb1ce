"""Settings shared by every environment; each environment module refines them.

Everything that differs between machines comes from the environment, so the same
code runs on a laptop (SQLite, database search) and in production (PostgreSQL,
optionally Elasticsearch/OpenSearch).
"""

import os
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
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
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
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
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
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

_VALIDATORS = "django.contrib.auth.password_validation"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"{_VALIDATORS}.UserAttributeSimilarityValidator"},
    {"NAME": f"{_VALIDATORS}.MinimumLengthValidator"},
    {"NAME": f"{_VALIDATORS}.CommonPasswordValidator"},
    {"NAME": f"{_VALIDATORS}.NumericPasswordValidator"},
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

TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
