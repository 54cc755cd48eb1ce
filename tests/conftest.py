"""Fixtures shared by the whole suite.

The site tree (home page and its fixed sections) and the three groups come from
the data migration, so every test database already has them.
"""

import pytest
from hypothesis import HealthCheck, settings

from team.factories import ProfileFactory, UserFactory

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
