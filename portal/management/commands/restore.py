"""``manage.py restore FOLDER``: a backup from ``manage.py backup`` into this site."""

from django.core.management.base import BaseCommand, CommandError

from portal.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = (
        "Gjenopprett en sikkerhetskopi (database og opplastede filer) til en tom "
        "database. --force erstatter innholdet i en database som ikke er tom."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", help="Mappen fra manage.py backup.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Erstatt alt som ligger i databasen og MEDIA_ROOT fra før.",
        )

    def handle(self, *args, **options):
        def report(line):
            if options["verbosity"] > 0:
                self.stdout.write(line)

        try:
            manifest, counts = restore_backup(
                options["folder"], force=options["force"], report=report
            )
        except BackupError as error:
            raise CommandError(str(error)) from None
        summary = ", ".join(f"{n} {label}" for label, n in counts.items())
        report(self.style.SUCCESS(f"Gjenopprettet: {summary}."))
        report(
            "Bruker dere Elasticsearch/OpenSearch, kjør «manage.py update_index» nå."
        )
