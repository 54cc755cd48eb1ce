"""The demo (``load_demo``): a realistic library, one user per group, saved items
and a shared kit, and a development cycle a director can look at the day it is
loaded — whatever day that is.

Loading the demo takes seconds, so this module loads it once per day tested
(the module-scoped ``demo`` fixture, see tests.helpers.loaded_demo) and every
test here only reads it; what a test changes is rolled back after it, and the
demo itself after the module.
"""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from measures.models import MeasurePage, Situation, SynonymGroup, VisualSupport
from portal.models import (
    MeetingMaterialPage,
    MeetingType,
    SavedCollection,
    SavedCollectionItem,
    SavedItem,
    Visibility,
    WheelPeriodPage,
)
from team import cycle
from team.models import Assessment, Department, Kindergarten, Meeting, Statement
from tests.helpers import loaded_demo

pytestmark = pytest.mark.django_db

COUNTED = [
    MeasurePage,
    VisualSupport,
    MeetingMaterialPage,
    WheelPeriodPage,
    Situation,
    SynonymGroup,
    Kindergarten,
    get_user_model(),
    SavedItem,
    SavedCollection,
    SavedCollectionItem,
    Statement,
    Assessment,
    Meeting,
]

# Autumn, winter, and August before the new school year's first period.
DAYS = ["2026-10-05", "2026-12-01", "2027-08-01"]


def counts():
    return {model.__name__: model.objects.count() for model in COUNTED}


@pytest.fixture(scope="module", params=DAYS)
def demo(request, django_db_setup, django_db_blocker):
    """The demo as loaded on ``request.param``; yields what load_demo printed."""
    today = datetime.date.fromisoformat(request.param)
    with loaded_demo(django_db_blocker, today=today) as output:
        yield output


def test_load_demo_creates_a_realistic_library(demo):
    first = counts()
    assert first["MeasurePage"] >= 24
    assert first["VisualSupport"] >= 30
    assert first["MeetingMaterialPage"] >= 6
    assert first["WheelPeriodPage"] == 3
    assert first["Situation"] >= 8
    assert set(MeasurePage.objects.values_list("focus_area", flat=True)) == {
        "organisering-og-struktur",
        "emosjonell-stotte",
        "lek-og-laering",
    }
    assert set(
        MeetingMaterialPage.objects.values_list("meeting_type", flat=True)
    ) == set(MeetingType.values)
    assert not VisualSupport.objects.filter(description="").exists()
    for username in ("redaktor", "styrer", "ansatt"):
        assert username in demo  # the logins are printed


def test_load_demo_again_changes_nothing(demo):
    before = counts()
    call_command("load_demo")
    assert counts() == before


def test_demo_users_belong_to_one_group_each(demo):
    User = get_user_model()
    groups = {
        u.username: [g.name for g in u.groups.all()]
        for u in User.objects.filter(username__in=["redaktor", "styrer", "ansatt"])
    }
    assert groups == {
        "redaktor": ["Redaktører"],
        "styrer": ["Styrere"],
        "ansatt": ["Ansatte"],
    }


def test_demo_has_saved_items_and_a_shared_planning_day_kit(demo, client):
    User = get_user_model()
    staff, director = (
        User.objects.get(username="ansatt"),
        User.objects.get(username="styrer"),
    )
    kit = SavedCollection.objects.get(name="Planleggingsdag januar")
    assert kit.owner == director
    assert kit.visibility == Visibility.KINDERGARTEN
    assert kit.kindergarten == director.profile.kindergarten
    assert kit.items.count() >= 3
    assert SavedItem.objects.filter(user=staff).count() >= 3

    # The staff user works in the director's kindergarten and sees the kit.
    client.force_login(staff)
    home = client.get("/").content.decode()
    assert "Planleggingsdag januar" in home.split("Delt med deg")[1]


def test_demo_director_sees_the_aggregate_of_three(demo, client):
    assert set(Statement.objects.values_list("focus_area", flat=True)) == {
        "organisering-og-struktur",
        "emosjonell-stotte",
        "lek-og-laering",
    }
    # Results are published only for closed periods: the demo's answers are in
    # the one that ended last, whatever day it is loaded.
    instance = cycle.latest_closed_instance()
    assert instance.is_closed()
    bjornen = Department.objects.get(slug="bjornen")
    published = cycle.published_results(instance, bjornen.kindergarten)
    result = cycle.published_department_result(published, bjornen)
    assert result.shown and result.respondents == 3
    assert Assessment.objects.filter(**instance.previous_year.key()).count() == 3
    # Someone who answers the open period sees their change since last year.
    if cycle.open_instance():
        last_year = cycle.open_instance().previous_year
        assert Assessment.objects.filter(
            user__username="ansatt", **last_year.key()
        ).exists()
    assert Meeting.objects.filter(kindergarten__slug="trollskogen").count() == 4

    User = get_user_model()
    client.force_login(User.objects.get(username="styrer"))
    html = client.get("/arshjul/resultater/").content.decode()
    assert "3 personer har svart." in html
    assert "For få svar" in html  # the other departments
    assert User.objects.get(username="ansatt").profile.role == "pedagogisk-leder"


def test_load_demo_refuses_outside_dev_settings(settings):
    settings.PORTAL_DEMO_ALLOWED = False
    before = counts()
    with pytest.raises(CommandError):
        call_command("load_demo")
    assert counts() == before
