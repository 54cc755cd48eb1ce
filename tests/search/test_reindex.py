"""update_index brings the engine back in line after it missed publications."""

import pytest
from django.core.management import call_command

from search import service
from search.conf import search_backends
from search.models import SearchTerm
from tests.helpers import publish


@pytest.mark.engine
@pytest.mark.django_db
def test_update_index_adds_what_the_engine_missed(settings, index_ready):
    real = settings.WAGTAILSEARCH_BACKENDS
    settings.WAGTAILSEARCH_BACKENDS = search_backends(
        settings.SEARCH_BACKEND, "http://127.0.0.1:9", settings.SEARCH_INDEX_PREFIX
    )
    # The engine is "down": only the database sees this page.
    publish(title="Piktogrammer på kjøleskapet")
    settings.WAGTAILSEARCH_BACKENDS = real
    service.mark_engine_up()
    index_ready()

    before = service.search({"q": "kjøleskapet"})
    assert not before.degraded
    assert before.total == 0  # the engine never got the page

    call_command("update_index", verbosity=0)
    index_ready()
    after = service.search({"q": "kjøleskapet"})
    assert not after.degraded
    assert [r.title for r in after.results.object_list] == [
        "Piktogrammer på kjøleskapet"
    ]


@pytest.mark.django_db
def test_update_index_recounts_the_vocabulary(capsys):
    publish(title="Kjøleskapet i personalrommet")
    SearchTerm.objects.all().delete()
    call_command("update_index")
    assert SearchTerm.objects.filter(display="kjøleskapet").exists()
    assert "Ordlisten har" in capsys.readouterr().out
