"""Delete old rows of the query log, so it does not grow forever.

The report reads only the last 30 days; a year is kept for comparisons over time.
"""

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from search.models import QueryLog

DEFAULT_DAYS = 365


class Command(BaseCommand):
    help = "Sletter søk i søkeloggen som er eldre enn et gitt antall dager."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=DEFAULT_DAYS,
            help=f"Behold søk fra de siste N dagene (standard: {DEFAULT_DAYS}).",
        )

    def handle(self, *args, days, **options):
        if days < 1:
            raise CommandError("--days må være minst 1.")
        cutoff = timezone.now() - datetime.timedelta(days=days)
        deleted, _ = QueryLog.objects.filter(created_at__lt=cutoff).delete()
        self.stdout.write(
            self.style.SUCCESS(f"Slettet {deleted} søk eldre enn {days} dager.")
        )
