"""Wagtail's update_index, with a progress bar, followed by the vocabulary rebuild.

Brings the engine back in line after it was down, and recounts the vocabulary
that typo tolerance and "Mente du …?" use.
"""

from tqdm import tqdm
from wagtail.search.management.commands.update_index import Command as BaseCommand

from portal.page_cache import bump_generation
from search import vocabulary


class Command(BaseCommand):
    help = "Bygger søkeindeksen og ordlisten for søket på nytt."

    def print_iter_progress(self, iterable):
        yield from tqdm(iterable, desc="  bolker", unit="bolk", file=self.stderr)

    def handle(self, **options):
        super().handle(**options)
        if options.get("schema_only"):
            return
        bars = []

        def progress(total, label):
            bar = tqdm(total=total, desc=f"Ordliste: {label}", file=self.stderr)
            bars.append(bar)
            return bar

        count = vocabulary.rebuild(progress_factory=progress)
        # The index may rank differently now: cached results are stale.
        bump_generation()
        self.stdout.write(f"Ordlisten har {count} ord.")
