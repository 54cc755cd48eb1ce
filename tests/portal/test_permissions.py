"""The permission matrix of DESIGN.md: what each group may do, as Wagtail's page
permissions on the objects. What each group gets at each address (the admin's
pages included) is test_permission_matrix.py."""

import pytest

from measures.models import MeasureIndexPage
from portal.factories import MeetingMaterialPageFactory
from portal.models import HomePage, MeetingMaterialIndexPage


@pytest.mark.django_db
def test_staff_can_edit_nothing(staff_user):
    for page in (HomePage.objects.get(), MeasureIndexPage.objects.get()):
        perms = page.permissions_for_user(staff_user)
        assert not perms.can_edit()
        assert not perms.can_add_subpage()


@pytest.mark.django_db
def test_editor_manages_the_whole_content_tree(editor_user):
    index = MeasureIndexPage.objects.get()
    perms = index.permissions_for_user(editor_user)
    assert perms.can_add_subpage()
    assert perms.can_publish_subpage()


@pytest.mark.django_db
def test_director_publishes_only_meeting_materials(director_user):
    meetings = MeetingMaterialIndexPage.objects.get()
    measures = MeasureIndexPage.objects.get()

    meeting_perms = meetings.permissions_for_user(director_user)
    assert meeting_perms.can_add_subpage()
    assert meeting_perms.can_publish_subpage()
    material = MeetingMaterialPageFactory()
    assert material.permissions_for_user(director_user).can_publish()

    assert not measures.permissions_for_user(director_user).can_add_subpage()
    assert not HomePage.objects.get().permissions_for_user(director_user).can_edit()
