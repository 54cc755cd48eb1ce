"""search/db.py: ids as one parameter, and the facets of many hits in one statement.

Runs on SQLite and on PostgreSQL (CI's second configuration), whose SQL differs.
"""

import pytest

from measures.factories import (
    MeasurePageFactory,
    SituationFactory,
    VisualSupportFactory,
)
from measures.models import MeasurePage, VisualSupport
from search import db

pytestmark = pytest.mark.django_db


def test_any_of_finds_the_same_rows_as_in():
    pages = [MeasurePageFactory() for _ in range(3)]
    wanted = [pages[0].pk, pages[2].pk, 10**9]
    assert set(
        MeasurePage.objects.filter(pk__any_of=wanted).values_list("pk", flat=True)
    ) == {pages[0].pk, pages[2].pk}
    assert not MeasurePage.objects.filter(pk__any_of=[]).exists()
    image = VisualSupportFactory()
    assert list(VisualSupport.objects.filter(pk__any_of=[image.pk])) == [image]


def test_the_sql_is_the_same_for_any_number_of_ids():
    # The driver and the database reuse what they parsed only for the same text.
    one = MeasurePage.objects.filter(pk__any_of=[1]).query.sql_with_params()
    many = MeasurePage.objects.filter(pk__any_of=range(1, 200)).query.sql_with_params()
    assert one[0] == many[0]
    assert len(one[1]) == len(many[1])
    assert "199" not in many[0]


def test_facet_rows_reads_situations_and_tags_of_measures_and_images():
    dressing = SituationFactory(name="Påkledning", slug="pakledning")
    meal = SituationFactory(name="Måltid", slug="maltid")
    measure = MeasurePageFactory()
    measure.situations.add(dressing)
    measure.tags.add("overgang")
    measure.save()
    other = MeasurePageFactory()
    other.situations.add(meal)
    other.save()
    image = VisualSupportFactory()
    image.situations.add(meal)
    image.tags.add("piktogram")
    rows = set(db.facet_rows([measure.pk], [image.pk]))
    assert rows == {
        ("tiltak", "situation", measure.pk, "pakledning", "Påkledning"),
        ("tiltak", "tag", measure.pk, "overgang", "overgang"),
        ("visuell-stotte", "situation", image.pk, "maltid", "Måltid"),
        ("visuell-stotte", "tag", image.pk, "piktogram", "piktogram"),
    }
    assert db.facet_rows([], []) == []
    assert set(db.facet_rows([other.pk], [])) == {
        ("tiltak", "situation", other.pk, "maltid", "Måltid")
    }
