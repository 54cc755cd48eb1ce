"""Fixtures shared by the whole suite.

The site tree (home page and its fixed sections) and the three groups come from
the data migration, so every test database already has them.
"""

import pytest

from team.factories import ProfileFactory, UserFactory


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
