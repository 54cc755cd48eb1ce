"""Parallel requests on SQLite never fail with "database is locked" (issue #12,
item 10; issue #17 "the save race on SQLite").

Why not pytest-django's usual test database: it is SQLite in memory (shared
cache), which locks per table and has no WAL, so it behaves like neither a real
deployment nor the bug. This test (``transaction=True``, so the data it sets up
is committed; ``serialized_rollback=True`` so the site tree and groups from the
migrations are back for the tests after it) copies the test database into a
file and points every new thread's connection at that file, with the connection
options of ``portal/settings/base.py``. Each thread is one request through the
whole stack (middleware, session, view), all released at once by a barrier.
"""

import sqlite3
import threading

import pytest
from django.conf import settings
from django.db import connection, connections
from django.test import Client

from measures.factories import MeasurePageFactory
from portal.factories import SavedCollectionFactory, save_for
from portal.models import SavedCollectionItem, SavedItem
from team.factories import ProfileFactory, UserFactory
from team.models import CalendarToken

THREADS = 8
ROUNDS = 3

pytestmark = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="SQLite's locking is what is tested"
)


@pytest.fixture
def file_database(tmp_path):
    """Copy the (committed) test database to a file; new threads use the file."""

    def activate():
        path = tmp_path / "parallel.sqlite3"
        connection.ensure_connection()
        with sqlite3.connect(path) as target:
            connection.connection.backup(target)
        # WAL is a property of the file, set by a site's first connection (the
        # init_command); switching needs the file to itself, so do it here as a
        # running site's database already is, not in eight threads at once.
        target.execute("PRAGMA journal_mode=WAL")
        target.close()
        original = connections.settings["default"]
        connections.settings["default"] = {**original, "NAME": str(path)}
        return original

    originals = []
    yield lambda: originals.append(activate())
    if originals:
        connections.settings["default"] = originals[0]


def in_parallel(requests):
    """Run each ``request()`` in its own thread at the same moment; the errors."""
    barrier = threading.Barrier(len(requests))
    errors, statuses = [], []

    def run(request):
        try:
            barrier.wait()
            statuses.append(request())
        except Exception as error:  # noqa: BLE001 - collected and asserted below
            errors.append(repr(error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(r,)) for r in requests]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors, statuses


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def file_rows(model, **filters):
    """Rows in the file database, read in a thread of its own."""
    result = []

    def count():
        try:
            result.append(model.objects.filter(**filters).count())
        finally:
            connections.close_all()

    thread = threading.Thread(target=count)
    thread.start()
    thread.join()
    return result[0]


def test_the_settings_configure_sqlite_for_concurrent_use():
    options = settings.DATABASES["default"]["OPTIONS"]
    assert options["transaction_mode"] == "IMMEDIATE"
    assert options["timeout"] >= 5
    assert "journal_mode=WAL" in options["init_command"]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_parallel_writes_on_a_sqlite_file_never_fail(file_database):
    owner = UserFactory(username="eier")
    ProfileFactory(user=owner)
    measures = [MeasurePageFactory() for _ in range(THREADS * ROUNDS)]
    saved = save_for(owner, *measures)
    collection = SavedCollectionFactory(owner=owner)
    colleagues = [UserFactory() for _ in range(THREADS)]
    racer = UserFactory(username="lagrer")
    file_database()

    for round_number in range(ROUNDS):
        batch = saved[round_number * THREADS : (round_number + 1) * THREADS]
        # Adding to a collection: read the collection and its last position,
        # then write, in one transaction, all at the same moment.
        errors, statuses = in_parallel(
            [
                lambda item=item: (
                    client_for(owner)
                    .post(
                        "/lagret/samlinger/legg-til/",
                        {"collection": collection.pk, "saved_item": item.pk},
                    )
                    .status_code
                )
                for item in batch
            ]
        )
        assert errors == [] and statuses == [302] * THREADS, errors
        # A new calendar address for several people at once.
        errors, statuses = in_parallel(
            [
                lambda user=user: (
                    client_for(user)
                    .post("/arshjul/motekalender/abonnement/", {"handling": "ny"})
                    .status_code
                )
                for user in colleagues
            ]
        )
        assert errors == [] and statuses == [302] * THREADS, errors
        # The save race: the same item saved by the same person in parallel.
        target = measures[round_number]
        errors, statuses = in_parallel(
            [
                lambda target=target: (
                    client_for(racer)
                    .post(
                        "/lagret/lagre/",
                        {"type": "tiltak", "id": target.pk, "action": "save"},
                    )
                    .status_code
                )
            ]
            * THREADS
        )
        assert errors == [] and set(statuses) == {302}, errors

    assert file_rows(SavedCollectionItem, collection=collection) == THREADS * ROUNDS
    assert file_rows(CalendarToken, revoked_at__isnull=True) == THREADS
    assert file_rows(SavedItem, user=racer) == ROUNDS
