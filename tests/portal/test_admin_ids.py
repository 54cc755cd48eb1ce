"""A number no row can have never gives a 500, in Wagtail's admin too (#12, item 9).

SQLite raises ``OverflowError`` for an integer beyond 64 bits. Django turns an
out-of-range ``pk=`` into "no rows" by itself, but not ``__in`` or a foreign
key, which Wagtail's bulk actions, choosers and forms use with whatever the
request carries. ``portal.ids.register_range_checked_lookups`` makes those
lookups match nothing for such a number, in one place, for code we do not own.
"""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Collection, Page

from measures.factories import MeasurePageFactory, SituationFactory
from measures.models import MeasurePage, Situation, VisualSupport
from portal.ids import MAX_ID

pytestmark = pytest.mark.django_db

BIG = "9" * 30
HOME = 3  # the home page from the data migration (tests assert it below)

# Wagtail's own admin URLs with an id in the path: an unknown id is a 404.
PATH_URLS = [
    f"/admin/pages/{BIG}/",
    f"/admin/pages/{BIG}/edit/",
    f"/admin/pages/{BIG}/delete/",
    f"/admin/pages/{BIG}/copy/",
    f"/admin/pages/{BIG}/move/",
    f"/admin/pages/{BIG}/history/",
    f"/admin/pages/{BIG}/revisions/compare/live...latest/",
    f"/admin/pages/{HOME}/revisions/{BIG}/view/",
    f"/admin/pages/{HOME}/revisions/compare/earliest...{BIG}/",
    f"/admin/pages/{HOME}/move/{BIG}/",
    f"/admin/pages/{HOME}/move/{BIG}/confirm/",
    f"/admin/pages/{BIG}/add_subpage/",
    f"/admin/pages/add/measures/measurepage/{BIG}/",
    f"/admin/pages/{BIG}/preview/",
    f"/admin/choose-page/{BIG}/",
    f"/admin/images/{BIG}/",
    f"/admin/images/{BIG}/delete/",
    f"/admin/images/{BIG}/generate_url/",
    f"/admin/images/chooser/{BIG}/",
    f"/admin/documents/edit/{BIG}/",
    f"/admin/documents/delete/{BIG}/",
    f"/admin/documents/chooser/{BIG}/",
    f"/admin/collections/{BIG}/delete/",
    f"/admin/snippets/measures/situation/edit/{BIG}/",
    f"/admin/snippets/measures/situation/delete/{BIG}/",
    f"/admin/snippets/measures/situation/history/{BIG}/",
    f"/admin/snippets/measures/synonymgroup/edit/{BIG}/",
    f"/admin/snippets/team/kindergarten/edit/{BIG}/",
    f"/admin/snippets/team/teammember/edit/{BIG}/",
    f"/admin/snippets/choose/measures/situation/chosen/{BIG}/",
]

# Ids in the query string: ignored or refused, the page still answers.
QUERY_URLS = [
    f"/admin/pages/?parent={BIG}",
    f"/admin/pages/{HOME}/?p={BIG}",
    f"/admin/pages/search/?q=a&p={BIG}",
    f"/admin/choose-page/?parent_page_id={BIG}",
    f"/admin/images/?collection_id={BIG}",
    f"/admin/images/?p={BIG}",
    f"/admin/documents/?collection_id={BIG}",
    f"/admin/images/chooser/?collection_id={BIG}",
    f"/admin/images/chooser/results/?collection_id={BIG}",
    f"/admin/documents/chooser/results/?collection_id={BIG}",
    f"/admin/snippets/measures/situation/?p={BIG}",
    f"/admin/pages/{HOME}/copy/?parent_page={BIG}",
    f"/admin/pages/{HOME}/history/?user={BIG}",
    f"/admin/reports/site-history/?user={BIG}",
    f"/admin/reports/site-history/?content_type={BIG}",
]

# Bulk actions take their ids from ?id=…; these gave OverflowError (a 500).
BULK_URLS = [
    f"/admin/bulk/wagtailcore/page/delete/?id={BIG}&next=/admin/",
    f"/admin/bulk/wagtailcore/page/move/?id={BIG}",
    f"/admin/bulk/wagtailcore/page/publish/?id={BIG}",
    f"/admin/bulk/measures/visualsupport/delete/?id={BIG}",
    f"/admin/bulk/measures/visualsupport/add_to_collection/?id={BIG}",
    f"/admin/bulk/wagtaildocs/document/delete/?id={BIG}",
    f"/admin/bulk/wagtailcore/page/delete/?id={HOME}&id={BIG}",
]


def test_home_is_the_page_the_urls_use():
    assert Page.objects.get(pk=HOME).depth == 2


@pytest.mark.parametrize("url", PATH_URLS)
def test_admin_path_with_huge_id_is_404(editor_client, url):
    assert editor_client.get(url).status_code == 404


@pytest.mark.parametrize("url", QUERY_URLS + BULK_URLS)
def test_admin_query_with_huge_id_answers(editor_client, url):
    # The test client re-raises a view's exception, so a 500 fails here.
    assert editor_client.get(url).status_code in (200, 302, 404)


def test_bulk_delete_with_huge_id_deletes_nothing(editor_client):
    pages = Page.objects.count()
    response = editor_client.post(
        f"/admin/bulk/wagtailcore/page/delete/?id={BIG}&next=/admin/"
    )
    assert response.status_code in (200, 302, 404)
    assert Page.objects.count() == pages


def test_page_form_refuses_huge_situation_id():
    situation = SituationFactory()
    measure = MeasurePageFactory(situations=[situation])
    form_class = MeasurePage.get_edit_handler().get_form_class()
    field = form_class(instance=measure, for_user=None).fields["situations"]
    with pytest.raises(ValidationError):
        field.clean([str(situation.pk), BIG])
    assert list(field.clean([str(situation.pk)])) == [situation]


@pytest.mark.parametrize("huge", [MAX_ID + 1, 10**30, -(10**30)])
def test_lookups_with_out_of_range_numbers_match_nothing(huge):
    situation = SituationFactory()
    measure = MeasurePageFactory(situations=[situation])
    home = Page.objects.get(pk=HOME)
    root = Collection.get_first_root_node()
    # integer column, __in: the out-of-range number is dropped, the rest match
    assert list(Page.objects.filter(pk__in=[huge, HOME])) == [home]
    assert not Page.objects.filter(pk__in=[huge]).exists()
    assert Page.objects.exclude(pk__in=[huge]).count() == Page.objects.count()
    # foreign keys: exact, by attname and by relation, and __in
    assert not VisualSupport.objects.filter(collection_id=huge).exists()
    assert not VisualSupport.objects.filter(collection=huge).exists()
    assert not VisualSupport.objects.filter(collection__in=[huge]).exists()
    assert not Page.objects.filter(owner=huge).exists()
    assert not Page.objects.filter(owner__in=[huge]).exists()
    # many-to-many
    assert not MeasurePage.objects.filter(situations=huge).exists()
    assert list(MeasurePage.objects.filter(situations__in=[huge, situation.pk])) == [
        measure
    ]
    assert Situation.objects.filter(pk__in=[str(situation.pk), huge]).get() == (
        situation
    )
    assert root.pk  # the migration's root collection is there
