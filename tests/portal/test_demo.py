import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from measures.models import MeasurePage, Situation, SynonymGroup, VisualSupport
from portal.models import MeetingMaterialPage, MeetingType, WheelPeriodPage
from team.models import Kindergarten

COUNTED = [
    MeasurePage,
    VisualSupport,
    MeetingMaterialPage,
    WheelPeriodPage,
    Situation,
    SynonymGroup,
    Kindergarten,
    get_user_model(),
]


def counts():
    return {model.__name__: model.objects.count() for model in COUNTED}


@pytest.mark.django_db
def test_load_demo_creates_a_realistic_library_and_is_idempotent(capsys):
    call_command("load_demo")
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
    logins = capsys.readouterr().out
    for username in ("redaktor", "styrer", "ansatt"):
        assert username in logins

    call_command("load_demo")
    assert counts() == first


@pytest.mark.django_db
def test_demo_users_belong_to_one_group_each():
    call_command("load_demo")
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


@pytest.mark.django_db
def test_load_demo_refuses_outside_dev_settings(settings):
    settings.PORTAL_DEMO_ALLOWED = False
    with pytest.raises(CommandError):
        call_command("load_demo")
    assert MeasurePage.objects.count() == 0
