"""``manage.py backup``: database and uploaded files into ``backups/<timestamp>/``."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from portal.backup import BackupError, create_backup


class Command(BaseCommand):
    help = (
        "Lag en sikkerhetskopi av databasen og de opplastede filene i en mappe med "
        "tidsstempel (se docs/operations.md)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            default=str(settings.BASE_DIR / "backups"),
            help="Mappen sikkerhetskopiene legges i (standard: backups/).",
        )

    def handle(self, *args, **options):
        def report(line):
            if options["verbosity"] > 0:
                self.stdout.write(line)

        try:
            folder, manifest = create_backup(options["output"], report=report)
        except BackupError as error:
            raise CommandError(f"{error} Ingen sikkerhetskopi ble laget.") from None
        counts = ", ".join(f"{n} {label}" for label, n in manifest["counts"].items())
        report(self.style.SUCCESS(f"Ferdig: {folder} ({counts})."))
        # The folder alone on the last line, for scripts.
        self.stdout.write(str(folder))
