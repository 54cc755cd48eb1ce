"""``manage.py import_measures FILE.json``: load the inclusion team's guide.

The format and the rules are in docs/import-format.md; the work is done by
``measures.importer`` so that it can be tested and reused without a command.
"""

import sys

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from measures.importer import MeasureImportError, import_measures


class Command(BaseCommand):
    help = (
        "Importer tiltak, visuell støtte og synonymer fra en JSON-fil "
        "(se docs/import-format.md). Alt eller ingenting lagres."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="JSON-filen som skal importeres.")
        parser.add_argument(
            "--progress",
            action="store_true",
            help="Vis fremdriftsindikator også når utdata ikke går til en terminal.",
        )

    def handle(self, *args, **options):
        # tqdm needs the raw stream: Django's OutputWrapper adds a newline per write.
        stream = options.get("stderr") or sys.stderr
        show = options["progress"] or (
            hasattr(stream, "isatty") and stream.isatty() and options["verbosity"] > 0
        )

        def progress(iterable, description, total):
            return tqdm(
                iterable,
                desc=description,
                total=total,
                unit="tiltak",
                file=stream,
                disable=not show,
                leave=False,
            )

        try:
            result = import_measures(options["file"], progress=progress)
        except MeasureImportError as error:
            raise CommandError(f"{error} Ingenting ble endret.") from None
        if options["verbosity"] > 0:
            self.stdout.write(self.style.SUCCESS(result.summary()))
