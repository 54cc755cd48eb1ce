"""Helpers shared by test modules (plain functions; fixtures live in conftest.py)."""

import io
import sys
from contextlib import contextmanager

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from measures.factories import MeasurePageFactory


def publish(factory=MeasurePageFactory, /, **fields):
    """A page published the way editors publish: a revision, then publish().

    ``factory`` is a wagtail-factories page factory (a measure by default);
    ``fields`` go to it. The page is re-read, so ``live_revision`` is set.
    """
    page = factory(live=False, **fields)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@contextmanager
def loaded_demo(django_db_blocker, today=None):
    """The demo (``load_demo``) for a whole test module, without any other module
    ever seeing it.

    Loading the demo takes seconds, and most demo tests only read it, so a
    module-scoped fixture loads it once with this. It is loaded inside a
    transaction that is left open while the module's tests run and rolled back
    afterwards: each test's own ``db`` transaction nests inside it (as a
    savepoint, rolled back after the test, so a test may even load the demo
    again), and when the module is done nothing of the demo is left for the
    rest of the suite. This needs the module's tests to be ordinary ``db``
    tests, never ``transaction=True`` ones (those would empty the tables).

    ``today`` (a date) fixes the clock while the demo loads and while the
    module's tests run: the development cycle's demo data is built around it.
    Yields what ``load_demo`` printed.
    """
    output = io.StringIO()
    with pytest.MonkeyPatch.context() as patch:
        if today is not None:
            original = timezone.localdate

            def localdate(value=None, timezone=None):
                return today if value is None else original(value, timezone)

            patch.setattr("django.utils.timezone.localdate", localdate)
        with django_db_blocker.unblock():
            outer = transaction.atomic()
            outer.__enter__()
            try:
                call_command("load_demo", stdout=output)
            except BaseException:
                outer.__exit__(*sys.exc_info())
                raise
        try:
            yield output.getvalue()
        finally:
            with django_db_blocker.unblock():
                transaction.set_rollback(True)
                outer.__exit__(None, None, None)
