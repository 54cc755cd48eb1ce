"""Meetings: impossible dates are refused, one bad row never breaks a calendar
feed (issue #12, item 6), and deleting a meeting asks first (issue #17)."""

import datetime
import logging
import zoneinfo

import icalendar
import pytest
from django.utils import timezone

from team.factories import MeetingFactory
from team.forms import meeting_date_range
from team.models import CalendarToken, Meeting

pytestmark = pytest.mark.django_db
OSLO = zoneinfo.ZoneInfo("Europe/Oslo")
CALENDAR = "/arshjul/motekalender/"


def _meeting_post(**changes):
    return {
        "title": "Kveldsmøte",
        "meeting_type": "kveldsmote",
        "date": (timezone.localdate() + datetime.timedelta(days=7)).isoformat(),
        "time": "18:00",
        "duration_minutes": 60,
        **changes,
    }


@pytest.mark.parametrize(
    "day, time, minutes",
    [
        ("9999-12-31", "23:30", 720),
        ("0001-01-01", "00:00", 60),
        ("0001-01-01", "23:59", 60),
        ("2999-06-01", "12:00", 60),
        ("1900-01-01", "12:00", 60),
    ],
)
def test_far_off_meeting_dates_are_refused_in_norwegian(
    client, director, day, time, minutes
):
    client.force_login(director)
    response = client.post(
        CALENDAR + "nytt/", _meeting_post(date=day, time=time, duration_minutes=minutes)
    )
    assert response.status_code == 400
    assert "Velg en dato fra" in response.content.decode()
    assert not Meeting.objects.exists()


def test_the_edges_of_the_date_range_are_accepted(client, director):
    client.force_login(director)
    first, last = meeting_date_range()
    for day in (first, last):
        response = client.post(
            CALENDAR + "nytt/",
            _meeting_post(date=day.isoformat(), time="23:30", duration_minutes=720),
        )
        assert response.status_code == 302
    assert Meeting.objects.count() == 2
    # The newest accepted meeting still fits in a calendar feed.
    client.post(CALENDAR + "abonnement/", {"handling": "ny"})
    token = CalendarToken.objects.active().get()
    assert client.get(f"/kalender/{token.token}.ics").status_code == 200


def test_one_impossible_meeting_does_not_break_the_feed(
    client, make_person, department, caplog
):
    """A row saved before the form checked dates (or written by other means)."""
    kari = make_person(department)
    good = MeetingFactory(
        kindergarten=department.kindergarten,
        title="Avdelingsmøte",
        starts_at=timezone.now() + datetime.timedelta(days=3),
    )
    bad = MeetingFactory(
        kindergarten=department.kindergarten,
        title="Tusenårsmøtet",
        starts_at=datetime.datetime(9999, 12, 31, 23, 30, tzinfo=OSLO),
        duration_minutes=720,
    )
    client.force_login(kari)
    client.post(CALENDAR + "abonnement/", {"handling": "ny"})
    token = CalendarToken.objects.active().get()
    client.logout()
    with caplog.at_level(logging.WARNING, logger="team.ical"):
        response = client.get(f"/kalender/{token.token}.ics")
    assert response.status_code == 200
    events = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    assert [str(e["summary"]) for e in events] == [good.title]
    assert f"Meeting {bad.pk} left out" in caplog.text


@pytest.fixture
def meeting(department):
    return MeetingFactory(kindergarten=department.kindergarten, title="Planmøte")


def test_get_on_delete_asks_and_deletes_nothing(client, director, meeting):
    client.force_login(director)
    response = client.get(f"{CALENDAR}{meeting.pk}/slett/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Planmøte" in html and 'method="post"' in html
    assert Meeting.objects.filter(pk=meeting.pk).exists()


def test_the_director_deletes_her_kindergartens_meeting(client, director, meeting):
    client.force_login(director)
    response = client.post(f"{CALENDAR}{meeting.pk}/slett/")
    assert response.status_code == 302
    assert not Meeting.objects.filter(pk=meeting.pk).exists()


def test_others_cannot_delete_or_see_the_confirmation(
    client, make_person, department, meeting
):
    other_director = MeetingFactory().kindergarten
    outsiders = [
        make_person(department),  # staff of the same kindergarten
        make_person(None, role="styrer", group="Styrere", kindergarten=other_director),
    ]
    for user in outsiders:
        client.force_login(user)
        for method in (client.get, client.post):
            response = method(f"{CALENDAR}{meeting.pk}/slett/")
            assert response.status_code == 403
    client.force_login(outsiders[0])
    assert client.post(f"{CALENDAR}999999/slett/").status_code == 404
    assert Meeting.objects.filter(pk=meeting.pk).exists()
