"""The content generation (portal.page_cache.bump_generation) must never lose a
bump: a lost bump leaves every worker serving fragments cached before a publish.

Two paths can race: the usual ``UPDATE … SET value = value + 1`` (atomic in the
database), and the first bump on an empty table, where two requests both find no
row, both insert, and the loser must retry the update instead of giving up.
"""

import threading

import pytest

from portal import page_cache
from portal.models import ContentGeneration


def value():
    return ContentGeneration.objects.get(pk=page_cache.GENERATION_PK).value


@pytest.mark.django_db
def test_a_bump_that_loses_the_insert_race_still_counts(monkeypatch):
    """Deterministic on any database: another request creates the row right
    after our UPDATE found none, so our INSERT fails; our bump must still count."""
    ContentGeneration.objects.all().delete()
    real_filter = ContentGeneration.objects.filter

    class OtherRequestInserts(type(real_filter())):
        def update(self, **fields):
            updated = super().update(**fields)
            monkeypatch.setattr(ContentGeneration.objects, "filter", real_filter)
            ContentGeneration.objects.create(pk=page_cache.GENERATION_PK, value=1)
            return updated

    def filter_once(*args, **kwargs):
        queryset = real_filter(*args, **kwargs)
        queryset.__class__ = OtherRequestInserts
        return queryset

    monkeypatch.setattr(ContentGeneration.objects, "filter", filter_once)
    page_cache.bump_generation()
    assert value() == 2
    assert page_cache.current_generation() == 2


def run_in_threads(count, work):
    from django.db import connections

    barrier = threading.Barrier(count)
    errors = []

    def run():
        try:
            barrier.wait(timeout=10)
            work()
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


@pytest.mark.postgres  # SQLite serialises writers: no race to test there
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_bumps_all_take_effect():
    ContentGeneration.objects.update_or_create(
        pk=page_cache.GENERATION_PK, defaults={"value": 10}
    )
    threads, bumps = 4, 25

    def bump_many():
        for _ in range(bumps):
            page_cache.bump_generation()

    run_in_threads(threads, bump_many)
    assert value() == 10 + threads * bumps


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_first_bumps_on_an_empty_table_all_count(monkeypatch):
    """Every thread finds no row, then all insert at once: one wins, the
    others must fall back to the update."""
    ContentGeneration.objects.all().delete()
    threads = 4
    everyone_found_no_row = threading.Barrier(threads)
    real_create = ContentGeneration.objects.create

    def create_together(**fields):
        everyone_found_no_row.wait(timeout=10)
        return real_create(**fields)

    monkeypatch.setattr(ContentGeneration.objects, "create", create_together)
    run_in_threads(threads, page_cache.bump_generation)
    assert value() == threads
