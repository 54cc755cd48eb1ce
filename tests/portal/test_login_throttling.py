"""Repeated failed logins lock out that username, and that address, for a while."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.test import RequestFactory, override_settings
from django.utils import timezone

from portal.security import client_ip
from team.factories import UserFactory

PASSWORD = "testpassord-123"
WRONG = "feil-passord"
LOCKOUT_TEXT = "For mange mislykkede innlogginger"


def attempt(client, username, password=WRONG, ip="10.0.0.1", path=None):
    return client.post(
        path or "/logg-inn/",
        {"username": username, "password": password},
        REMOTE_ADDR=ip,
    )


def fail_until_locked(client, username, ip="10.0.0.1"):
    responses = [
        attempt(client, username, ip=ip) for _ in range(settings.AXES_FAILURE_LIMIT)
    ]
    assert [r.status_code for r in responses[:-1]] == [200] * (len(responses) - 1)
    return responses[-1]


@pytest.mark.django_db
def test_failures_below_the_limit_only_say_the_password_is_wrong(client, staff_user):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = attempt(client, staff_user.username)
        assert response.status_code == 200
        assert LOCKOUT_TEXT not in response.content.decode()
    response = attempt(client, staff_user.username, PASSWORD)
    assert response.status_code == 302
    assert "_auth_user_id" in client.session


@pytest.mark.django_db
def test_limit_reached_locks_out_with_a_norwegian_page(client, staff_user):
    response = fail_until_locked(client, staff_user.username)
    assert response.status_code == 429
    page = response.content.decode()
    assert LOCKOUT_TEXT in page
    assert "15 minutter" in page
    # Still our login page, not a bare error text.
    assert 'name="username"' in page
    assert '<html lang="nb"' in page


@pytest.mark.django_db
def test_correct_password_is_refused_while_locked(client, staff_user):
    fail_until_locked(client, staff_user.username)
    response = attempt(client, staff_user.username, PASSWORD, ip="10.0.0.2")
    assert response.status_code == 429
    assert LOCKOUT_TEXT in response.content.decode()
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_other_users_elsewhere_are_unaffected(client, staff_user):
    fail_until_locked(client, staff_user.username)
    other = UserFactory(username="annen-ansatt", group="Ansatte")
    response = attempt(client, other.username, PASSWORD, ip="10.0.0.9")
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(other.pk)


@pytest.mark.django_db
def test_an_address_trying_many_usernames_is_locked_out(client, staff_user):
    for number in range(settings.AXES_FAILURE_LIMIT):
        response = attempt(client, f"gjetning-{number}", ip="10.0.0.66")
    assert response.status_code == 429
    # Even a real user with the right password, from that address.
    blocked = attempt(client, staff_user.username, PASSWORD, ip="10.0.0.66")
    assert blocked.status_code == 429
    # The same user from another address is fine.
    allowed = attempt(client, staff_user.username, PASSWORD, ip="10.0.0.67")
    assert allowed.status_code == 302


@pytest.mark.django_db
def test_lockout_ends_after_the_cool_off(client, staff_user):
    fail_until_locked(client, staff_user.username)
    AccessAttempt.objects.update(
        attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME - timedelta(minutes=1)
    )
    response = attempt(client, staff_user.username, PASSWORD)
    assert response.status_code == 302


@pytest.mark.django_db
def test_wagtail_admin_login_goes_through_our_login_page(client, editor_user):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/logg-inn/?next=/admin/pages/"
    # A POST straight at Wagtail's form address cannot try passwords either.
    posted = attempt(client, editor_user.username, PASSWORD, path="/admin/login/")
    assert posted.status_code == 302
    assert posted["Location"] == "/logg-inn/"
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_locked_out_editor_cannot_reach_the_admin(client, editor_user):
    fail_until_locked(client, editor_user.username)
    response = attempt(
        client, editor_user.username, PASSWORD, path="/logg-inn/?next=/admin/"
    )
    assert response.status_code == 429
    assert client.get("/admin/").status_code == 302


def test_client_address_behind_a_proxy():
    factory = RequestFactory()
    request = factory.get(
        "/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 192.0.2.10"
    )
    with override_settings(PORTAL_PROXY_COUNT=0):
        assert client_ip(request) == "127.0.0.1"
    with override_settings(PORTAL_PROXY_COUNT=1):
        # The client-written left part (6.6.6.6) is not trusted.
        assert client_ip(request) == "192.0.2.10"
    lone = factory.get("/", REMOTE_ADDR="127.0.0.1")
    with override_settings(PORTAL_PROXY_COUNT=1):
        assert client_ip(lone) == "127.0.0.1"
