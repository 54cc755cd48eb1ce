"""``manage.py bench``: search and page performance on generated content.

Without ``--worker`` it runs every backend it can reach, each in its own process
with a throwaway database, and writes bench/results/latest.json and the table in
docs/performance.md (see bench/runner.py).
"""

import json
import sys

from django.core.management.base import BaseCommand, CommandError

from bench import runner

BACKENDS = ("sqlite", "postgresql", "engine")


class Command(BaseCommand):
    help = (
        "Måler søk og sider på generert innhold (SQLite, PostgreSQL, søkemotor) "
        "og skriver bench/results/latest.json og docs/performance.md."
    )
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument(
            "--size", type=int, default=10_000, help="Antall tiltak (10 000)."
        )
        parser.add_argument(
            "--backends",
            default=",".join(BACKENDS),
            help="Kommaseparert utvalg av sqlite, postgresql, engine.",
        )
        parser.add_argument(
            "--repeat", type=int, default=5, help="Målinger per søk etter oppvarming."
        )
        parser.add_argument(
            "--page-runs", type=int, default=30, help="Målinger per sidetype."
        )
        parser.add_argument(
            "--keep",
            action="store_true",
            help="Behold databasene, mediefilene og indeksene etterpå.",
        )
        parser.add_argument(
            "--profile",
            action="store_true",
            help="Skriv en cProfile av søkevisningen til /tmp/bench-profile-*.txt.",
        )
        # Internal: one backend in this process (started by the orchestrator).
        parser.add_argument("--worker", choices=BACKENDS, help="(intern)")
        parser.add_argument("--result", help="(intern)")
        parser.add_argument("--no-generate", action="store_true", help="(intern)")
        parser.add_argument("--profile-path", "--profile-to", help="(intern)")

    def handle(self, **options):
        if options["size"] < 1:
            raise CommandError("--size må være minst 1.")
        if options["worker"]:
            result = runner.worker(
                options["worker"],
                options["size"],
                options["repeat"],
                options["page_runs"],
                not options["no_generate"],
                options["profile_path"],
                sys.stderr,
            )
            with open(options["result"], "w") as handle:
                json.dump(result, handle, ensure_ascii=False)
            return
        chosen = [b.strip() for b in options["backends"].split(",") if b.strip()]
        unknown = set(chosen) - set(BACKENDS)
        if unknown:
            raise CommandError(f"Ukjent backend: {', '.join(sorted(unknown))}")
        results = runner.run(
            options["size"],
            chosen,
            options["repeat"],
            options["page_runs"],
            options["keep"],
            options["profile"],
        )
        self.stdout.write(runner.report_table(results))
        self.stdout.write(f"\nSkrevet: {runner.RESULTS} og {runner.REPORT}")
