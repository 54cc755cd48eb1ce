"""Fixtures shared by the whole suite.

The site tree (home page and its fixed sections) and the three groups come from
the data migration, so every test database already has them.

Skips that CI must not accept: with ``CI=true`` in the environment, a test whose
marker says it needs something this configuration is meant to provide fails
instead of skipping (see ``pytest_runtest_makereport``). Locally a skip stays a
skip, with its note.
"""

import os

import pytest
from django.conf import settings as django_settings
from hypothesis import HealthCheck, settings

from team.factories import ProfileFactory, UserFactory
from tests.engine import recreate_engine_indexes

# Property-based tests: few enough examples to keep the suite quick, no deadline
# (the first request of a test warms caches), and function-scoped fixtures are
# fine because every example only reads or checks that nothing changed.
settings.register_profile(
    "portal",
    max_examples=40,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
settings.load_profile("portal")

CI = os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")
POSTGRES = django_settings.DATABASES["default"]["ENGINE"].endswith("postgresql")
ENGINE = django_settings.SEARCH_BACKEND != "database"

# marker: (does this configuration have to run such tests?, how to provide it)
REQUIRED_BY_MARKER = {
    "e2e": (
        True,  # every configuration runs the browser and axe tests
        "Chromium and axe-core: run `make browser` as root (Debian's chromium, "
        "and `npm ci --prefix tests/e2e` for axe-core), or set CHROMIUM_PATH",
    ),
    "engine": (
        ENGINE,
        f"a search engine answering at {django_settings.SEARCH_URL!r} for "
        f"SEARCH_BACKEND={django_settings.SEARCH_BACKEND!r}: `make search-engine`",
    ),
    "postgres": (
        POSTGRES,
        "PostgreSQL at DATABASE_URL: `bash .ci/postgres.sh` prints a URL to use",
    ),
}


def pytest_runtest_setup(item):
    """Tests marked ``postgres`` or ``engine`` skip where the configuration
    has no PostgreSQL or no search engine (the other CI configuration runs them)."""
    if item.get_closest_marker("postgres") and not POSTGRES:
        pytest.skip(
            "needs PostgreSQL (SQLite serialises writers): run with "
            "DATABASE_URL=postgres://…, as CI's second configuration does"
        )
    if item.get_closest_marker("engine") and not ENGINE:
        pytest.skip(
            "needs a real search engine: SEARCH_BACKEND=opensearch2 and "
            "`make search-engine` (CI's second configuration runs these)"
        )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """Under CI, a skip of a test this configuration must run is a failure."""
    report = yield
    if not (CI and report.skipped) or hasattr(report, "wasxfail"):
        return report
    missing = [
        (marker, how)
        for marker, (needed, how) in REQUIRED_BY_MARKER.items()
        if needed and item.get_closest_marker(marker)
    ]
    if missing:
        longrepr = report.longrepr
        reason = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr)
        markers = ", ".join(marker for marker, _how in missing)
        report.outcome = "failed"
        report.longrepr = (
            f"CI=true: this configuration must run the {markers} tests, but this "
            f"one was skipped: {reason}\n"
            + "\n".join(f"Missing: {how}" for _marker, how in missing)
        )
    return report


@pytest.fixture(scope="session", autouse=True)
def engine_indexes():
    """With an engine configured, the test indexes are created once, with our
    Norwegian settings and mappings, before any test writes to them: an index
    the engine made by itself on the first write would lack the mappings
    (Wagtail's searches read each hit's pk from them)."""
    if ENGINE:
        recreate_engine_indexes()


@pytest.fixture(autouse=True)
def empty_cache():
    """Every test starts with an empty cache. Cached page fragments are keyed on
    ids and counters that a rolled-back test database hands out again."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def staff_user(db):
    user = UserFactory(username="ansatt-test", group="Ansatte")
    ProfileFactory(user=user)
    return user


@pytest.fixture
def director_user(db):
    user = UserFactory(username="styrer-test", group="Styrere")
    ProfileFactory(user=user, role_title="styrer")
    return user


@pytest.fixture
def editor_user(db):
    return UserFactory(username="redaktor-test", group="Redaktører")


@pytest.fixture
def staff_client(client, staff_user):
    client.force_login(staff_user)
    return client


@pytest.fixture
def director_client(client, director_user):
    client.force_login(director_user)
    return client


@pytest.fixture
def editor_client(client, editor_user):
    client.force_login(editor_user)
    return client
