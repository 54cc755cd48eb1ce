"""Meeting calendar: directors add meetings; staff see them and subscribe to a
private, revocable iCalendar feed — the only new address without login."""

import datetime
import zoneinfo

import icalendar
import pytest
from django.utils import timezone

from portal.factories import MeetingMaterialPageFactory
from team.factories import (
    KindergartenFactory,
    MeetingFactory,
    ProfileFactory,
    UserFactory,
)
from team.models import CalendarToken, Meeting

pytestmark = pytest.mark.django_db
OSLO = zoneinfo.ZoneInfo("Europe/Oslo")
CALENDAR = "/arshjul/motekalender/"


def _in_days(days, hour):
    day = timezone.localdate() + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(hour, 0), tzinfo=OSLO)


def test_director_adds_a_meeting_with_materials(client, director, department):
    material = MeetingMaterialPageFactory(title="Dagtavla i praksis")
    client.force_login(director)
    day = timezone.localdate() + datetime.timedelta(days=10)
    response = client.post(
        CALENDAR + "nytt/",
        {
            "title": "Avdelingsmøte Maurtua",
            "meeting_type": "avdelingsmote",
            "department": department.pk,
            "date": day.isoformat(),
            "time": "13:30",
            "duration_minutes": 60,
            "location": "Personalrommet",
            "description": "",
            "materials": [material.pk],
        },
    )
    assert response.status_code == 302
    meeting = Meeting.objects.get()
    assert meeting.kindergarten == department.kindergarten
    assert timezone.localtime(meeting.starts_at).time() == datetime.time(13, 30)
    assert list(meeting.materials.all()) == [material]
    html = client.get(CALENDAR).content.decode()
    assert "Avdelingsmøte Maurtua" in html and "Dagtavla i praksis" in html
    assert "kl. 13.30" in html


def test_meeting_bad_input_and_other_kindergartens(
    client, director, make_person, department
):
    client.force_login(director)
    foreign_department = MeetingFactory().kindergarten
    base = {
        "title": "Møte",
        "meeting_type": "avdelingsmote",
        "date": "2026-10-01",
        "time": "13:00",
        "duration_minutes": 60,
    }
    for bad in (
        {"date": "1. oktober"},
        {"time": "25:00"},
        {"meeting_type": "fest"},
        {"duration_minutes": 0},
        {"title": ""},
        {"department": 999999},
    ):
        response = client.post(CALENDAR + "nytt/", {**base, **bad})
        assert response.status_code == 400, bad
    assert Meeting.objects.count() == 1  # only the foreign one
    foreign = Meeting.objects.get(kindergarten=foreign_department)
    response = client.post(f"{CALENDAR}{foreign.pk}/endre/", base)
    assert response.status_code == 403
    response = client.post(f"{CALENDAR}{foreign.pk}/slett/")
    assert response.status_code == 403
    assert Meeting.objects.filter(pk=foreign.pk).exists()

    staff = make_person(department)
    client.force_login(staff)
    response = client.post(CALENDAR + "nytt/", base)
    assert response.status_code == 403
    assert "Bare styrere" in response.content.decode()


def test_staff_see_their_departments_and_whole_kindergarten_meetings(
    client, make_person, department, other_department
):
    kari = make_person(department)
    MeetingFactory(kindergarten=department.kindergarten, title="Kveldsmøte alle")
    MeetingFactory(
        kindergarten=department.kindergarten,
        department=department,
        title="Maurtua-møte",
    )
    MeetingFactory(
        kindergarten=department.kindergarten,
        department=other_department,
        title="Ekornet-møte",
    )
    MeetingFactory(title="Annen barnehage-møte")
    client.force_login(kari)
    html = client.get(CALENDAR).content.decode()
    assert "Kveldsmøte alle" in html and "Maurtua-møte" in html
    assert "Ekornet-møte" not in html and "Annen barnehage-møte" not in html
    home = client.get("/").content.decode()
    assert "Kveldsmøte alle" in home and "Ekornet-møte" not in home


def _subscribe(client):
    client.post(CALENDAR + "abonnement/", {"handling": "ny"})
    return CalendarToken.objects.active().get()


def test_feed_parses_back_with_oslo_times(client, make_person, department):
    kari = make_person(department)
    material = MeetingMaterialPageFactory(title="Trøst og samregulering")
    summer = MeetingFactory(
        kindergarten=department.kindergarten,
        title="Planleggingsdag; tema, struktur",
        meeting_type="planleggingsdag",
        starts_at=_in_days(30, 8),
        duration_minutes=390,
        location="Fellesrommet",
    )
    summer.materials.add(material)
    client.force_login(kari)
    token = _subscribe(client)
    client.logout()

    response = client.get(f"/kalender/{token.token}.ics")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(response.content)
    assert str(calendar["VERSION"]) == "2.0"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Oslo"]
    (event,) = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Planleggingsdag; tema, struktur"
    start = event.decoded("DTSTART")
    assert start == summer.starts_at
    assert str(start.tzinfo) == "Europe/Oslo"
    assert event["DTSTART"].params["TZID"] == "Europe/Oslo"
    assert event.decoded("DTEND") - start == datetime.timedelta(minutes=390)
    assert event.decoded("DTSTAMP").utcoffset() == datetime.timedelta(0)
    assert str(event["UID"]) == f"mote-{summer.pk}@inkluderingsportalen"
    assert "Trøst og samregulering: http://testserver/" in str(event["DESCRIPTION"])
    assert b"\r\n" in response.content  # RFC 5545 line endings


def test_feed_shows_only_what_the_owner_may_see(
    client, make_person, department, other_department
):
    kari = make_person(department)
    MeetingFactory(
        kindergarten=department.kindergarten,
        department=other_department,
        title="Ekornet-møte",
    )
    MeetingFactory(title="Annen barnehage-møte")
    client.force_login(kari)
    token = _subscribe(client)
    calendar = icalendar.Calendar.from_ical(
        client.get(f"/kalender/{token.token}.ics").content
    )
    assert calendar.walk("VEVENT") == []


def test_revoked_unknown_and_replaced_tokens_give_404(client, make_person, department):
    kari = make_person(department)
    client.force_login(kari)
    first = _subscribe(client)
    assert first.token in client.get(CALENDAR).content.decode()
    second = _subscribe(client)  # a new address revokes the old one
    client.logout()
    assert client.get(f"/kalender/{first.token}.ics").status_code == 404
    assert client.get(f"/kalender/{second.token}.ics").status_code == 200
    assert client.get("/kalender/finnes-ikke.ics").status_code == 404

    client.force_login(kari)
    client.post(CALENDAR + "abonnement/", {"handling": "trekk-tilbake"})
    client.logout()
    assert client.get(f"/kalender/{second.token}.ics").status_code == 404
    assert not CalendarToken.objects.active().exists()

    third = CalendarToken.objects.create(user=kari)
    kari.is_active = False
    kari.save()
    assert client.get(f"/kalender/{third.token}.ics").status_code == 404


def test_the_feed_is_the_only_new_anonymous_address(client, autumn, department):
    token = CalendarToken.objects.create(user=UserFactory())
    for url in (
        "/arshjul/stastedsanalyse/",
        "/arshjul/resultater/",
        "/arshjul/plan/",
        "/arshjul/plan/eika/maurtua/",
        "/arshjul/plan/eika/maurtua/skriv-ut/",
        "/arshjul/ovingsomrade/",
        CALENDAR,
        CALENDAR + "nytt/",
        "/arshjul/eksport.csv",
        "/arshjul/eksport-planer.csv",
    ):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/logg-inn/"), url
    assert client.get(f"/kalender/{token.token}.ics").status_code == 200


def test_subscription_needs_post_and_a_known_action(client, make_person, department):
    client.force_login(make_person(department))
    assert client.get(CALENDAR + "abonnement/").status_code == 405
    client.post(CALENDAR + "abonnement/", {"handling": "noe"})
    assert not CalendarToken.objects.exists()


def test_other_kindergarten_token_owner_sees_own_kindergarten_only(client, department):
    MeetingFactory(kindergarten=department.kindergarten, title="Eika-møte")
    other = KindergartenFactory()
    user = UserFactory(group="Ansatte")
    ProfileFactory(user=user, kindergarten=other, department=None)
    token = CalendarToken.objects.create(user=user)
    body = client.get(f"/kalender/{token.token}.ics").content.decode()
    assert "Eika-møte" not in body
