"""Search and the search box's suggestions leave out visual supports of a
restricted collection, as every other shared list does (issue #12)."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Collection, CollectionViewRestriction

from measures.factories import VisualSupportFactory

pytestmark = pytest.mark.django_db


def test_images_of_a_restricted_collection_are_not_found_or_suggested(
    staff_client, index_ready
):
    parent = Collection.get_first_root_node().add_child(name="Styrerbilder")
    collection = parent.add_child(name="Under")
    restriction = CollectionViewRestriction.objects.create(
        collection=parent, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name="Styrere")])
    VisualSupportFactory(
        collection=collection, title="Zebrabilde låst", description="Zebrabilde"
    )
    VisualSupportFactory(title="Zebrabilde åpen", description="Zebrabilde")
    index_ready()

    response = staff_client.get("/sok/", {"q": "zebrabilde"})
    titles = [r.title for r in response.context["outcome"].results.object_list]
    assert titles == ["Zebrabilde åpen"]
    assert "Zebrabilde låst" not in response.content.decode()
    suggested = staff_client.get("/sok/forslag/", {"q": "zebrab"}).json()
    assert [s["title"] for s in suggested["suggestions"]] == ["Zebrabilde åpen"]
