"""The permission matrix of DESIGN.md: what each group may do."""

import pytest
from django.contrib.auth.models import Group

from measures.models import MeasureIndexPage
from portal.factories import MeetingMaterialPageFactory
from portal.models import HomePage, MeetingMaterialIndexPage


@pytest.mark.django_db
def test_exactly_the_three_groups_exist():
    assert set(Group.objects.values_list("name", flat=True)) == {
        "Redaktører",
        "Styrere",
        "Ansatte",
    }


@pytest.mark.django_db
def test_staff_cannot_enter_the_admin(staff_client):
    response = staff_client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/" not in response["Location"] or "logg-inn" in response["Location"]


@pytest.mark.django_db
def test_staff_can_edit_nothing(staff_user):
    for page in (HomePage.objects.get(), MeasureIndexPage.objects.get()):
        perms = page.permissions_for_user(staff_user)
        assert not perms.can_edit()
        assert not perms.can_add_subpage()


@pytest.mark.django_db
def test_editor_manages_the_whole_content_tree(editor_client, editor_user):
    assert editor_client.get("/admin/").status_code == 200
    index = MeasureIndexPage.objects.get()
    perms = index.permissions_for_user(editor_user)
    assert perms.can_add_subpage()
    assert perms.can_publish_subpage()
    add_url = f"/admin/pages/add/measures/measurepage/{index.pk}/"
    assert editor_client.get(add_url).status_code == 200
    assert editor_client.get("/admin/images/add/").status_code == 200
    assert (
        editor_client.get("/admin/snippets/measures/situation/add/").status_code == 200
    )
    assert (
        editor_client.get("/admin/snippets/measures/synonymgroup/add/").status_code
        == 200
    )


@pytest.mark.django_db
def test_director_publishes_only_meeting_materials(director_client, director_user):
    assert director_client.get("/admin/").status_code == 200
    meetings = MeetingMaterialIndexPage.objects.get()
    measures = MeasureIndexPage.objects.get()

    meeting_perms = meetings.permissions_for_user(director_user)
    assert meeting_perms.can_add_subpage()
    assert meeting_perms.can_publish_subpage()
    material = MeetingMaterialPageFactory()
    assert material.permissions_for_user(director_user).can_publish()

    assert not measures.permissions_for_user(director_user).can_add_subpage()
    assert not HomePage.objects.get().permissions_for_user(director_user).can_edit()

    ok = director_client.get(
        f"/admin/pages/add/portal/meetingmaterialpage/{meetings.pk}/"
    )
    assert ok.status_code == 200
    refused = director_client.get(
        f"/admin/pages/add/measures/measurepage/{measures.pk}/"
    )
    assert refused.status_code in (302, 403)
    assert director_client.get(
        "/admin/snippets/measures/situation/add/"
    ).status_code in (
        302,
        403,
    )
