"""The demo shows saving and sharing: the staff user's saved items and the
director's planning-day kit shared with their kindergarten."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from portal.models import SavedCollection, SavedCollectionItem, SavedItem, Visibility


@pytest.mark.django_db
def test_demo_has_saved_items_and_a_shared_planning_day_kit(client):
    call_command("load_demo")
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

    counts = (
        SavedItem.objects.count(),
        SavedCollection.objects.count(),
        SavedCollectionItem.objects.count(),
    )
    call_command("load_demo")
    assert counts == (
        SavedItem.objects.count(),
        SavedCollection.objects.count(),
        SavedCollectionItem.objects.count(),
    )

    # The staff user works in the director's kindergarten and sees the kit.
    client.force_login(staff)
    home = client.get("/").content.decode()
    assert "Planleggingsdag januar" in home.split("Delt med deg")[1]
