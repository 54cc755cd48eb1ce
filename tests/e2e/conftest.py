"""Browser tests: Playwright's sync API driving Debian's Chromium.

Every test module here starts with::

    pytestmark = [
        pytest.mark.e2e,
        pytest.mark.django_db(transaction=True, serialized_rollback=True),
    ]

The browser talks to pytest-django's ``live_server`` (a thread in this process
that also serves the static files), so test data must be committed: hence
``transaction=True``. A transactional test ends by emptying every table, which
would also remove what the data migration made (the site tree, the groups) for
the next test; ``serialized_rollback=True`` restores that snapshot before each
test. pytest-django runs transactional tests after all the others, so the rest
of the suite never sees an emptied database.

Chromium comes from Debian (``make browser``, run by ``make test`` as root);
Playwright's own browser download is never used. Without the binary these tests
skip and say how to install it; under CI=true that skip is a failure
(tests/conftest.py).
"""

import os
import shutil

import pytest
from django.conf import settings
from django.db import connections
from wagtail.search.backends import get_search_backend

from search import service, vocabulary
from tests.engine import recreate_engine_indexes

CHROMIUM = os.environ.get("CHROMIUM_PATH") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
TIMEOUT_MS = 5_000
PASSWORD = "testpassord-123"  # team.factories.UserFactory's password


@pytest.fixture(scope="session")
def browser(django_db_setup):
    """Chromium for the whole session, started after the test database exists."""
    if not (os.access(CHROMIUM, os.X_OK) or shutil.which(CHROMIUM)):
        pytest.skip(
            f"Chromium not found at {CHROMIUM}: install it with "
            "`sudo apt-get install -y chromium` (or run `make test` as root), "
            "or point CHROMIUM_PATH at a Chromium binary"
        )
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="install the dev extras (playwright)"
    )
    snapshots = {
        conn.alias: getattr(conn, "_test_serialized_contents", None)
        for conn in connections.all()
    }
    with pytest.MonkeyPatch.context() as patch, sync_api.sync_playwright() as pw:
        # Playwright's sync API keeps an asyncio loop running on this thread.
        # Django's async-safety check would take the (synchronous) test code for
        # async code, and Django's connection handler now hands out a second
        # set of connections to the same test databases, which lack the
        # snapshot serialized_rollback restores from: give it to them.
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        for alias, contents in snapshots.items():
            if contents is not None:
                connections[alias]._test_serialized_contents = contents
        browser = pw.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()
        # Close that second set, or the test database cannot be dropped.
        connections.close_all()


@pytest.fixture
def site_url(request, live_server):
    """The live server's base URL, for tests that restore the migration data."""
    marker = request.node.get_closest_marker("django_db")
    if not (marker and marker.kwargs.get("serialized_rollback")):
        pytest.fail(
            "browser tests need "
            "@pytest.mark.django_db(transaction=True, serialized_rollback=True)"
        )
    return live_server.url


def _new_page(browser, **context_options):
    context = browser.new_context(
        locale="nb-NO", viewport={"width": 1280, "height": 800}, **context_options
    )
    context.set_default_timeout(TIMEOUT_MS)
    return context, context.new_page()


@pytest.fixture
def page(browser):
    context, page = _new_page(browser)
    yield page
    context.close()


@pytest.fixture
def nojs_page(browser):
    context, page = _new_page(browser, java_script_enabled=False)
    yield page
    context.close()


def log_in(page, base_url, user):
    """Fill in the real login form, as a person would."""
    page.goto(f"{base_url}/logg-inn/")
    page.locator("input[name=username]").fill(user.get_username())
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form.login-form button[type=submit]").click()
    page.wait_for_url(f"{base_url}/")
    return page


@pytest.fixture
def staff_page(page, site_url, staff_user):
    """A browser page logged in as an ordinary staff member, on the home page."""
    return log_in(page, site_url, staff_user)


@pytest.fixture
def nojs_staff_page(nojs_page, site_url, staff_user):
    """The same, in a browser with JavaScript turned off."""
    return log_in(nojs_page, site_url, staff_user)


ENGINE = settings.SEARCH_BACKEND != "database"


@pytest.fixture(scope="session")
def _empty_engine_indexes(django_db_setup):
    """A real engine's indexes outlive the database: empty them once, so that
    documents other tests left cannot crowd this session's few suggestions out.
    Documents our own earlier tests leave point at rows that are gone by then,
    and search drops those (primary keys are not reused)."""
    if ENGINE:
        recreate_engine_indexes()


@pytest.fixture
def search_ready(_empty_engine_indexes):
    """Call after creating content so that searches in the live server see it."""
    vocabulary.invalidate()

    def ready():
        service.mark_engine_up()
        if ENGINE:
            get_search_backend("default").refresh_indexes()
        vocabulary.invalidate()

    return ready
