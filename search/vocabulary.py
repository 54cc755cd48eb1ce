"""The indexed vocabulary and the synonym groups, as search reads them.

Both are small and read on every search, so each process keeps a copy for a short
while (``CACHE_SECONDS``) and drops it at once when it changes something itself.
The vocabulary grows when content is published and is rebuilt exactly by
``update_index``; a term that lingers after its page was deleted only costs a
wasted typo candidate, never a wrong result.
"""

import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db import transaction
from rapidfuzz.distance import OSA
from rapidfuzz.process import extract
from wagtail.models import Page

from measures.models import SynonymGroup
from portal import kinds
from portal.access import open_images, open_pages
from search.models import SearchTerm
from search.normalize import query_terms, term, words

CACHE_SECONDS = 60
MIN_TYPO_LENGTH = 4


def searchable_models():
    """The content kinds' models (portal.kinds): the pages, then the rest."""
    return [
        *kinds.page_models(),
        *(kind.model for kind in kinds.all_kinds() if not kind.is_page),
    ]


def document_words(obj):
    return words(" ".join(t for t in [obj.title, *obj.search_texts()] if t))


def count_terms(objects):
    """term → Counter of the words (as written) that gave it."""
    forms = defaultdict(Counter)
    for obj in objects:
        for word in document_words(obj):
            t = term(word)
            if t:
                forms[t][word] += 1
    return forms


def _rows(forms):
    return [
        SearchTerm(
            term=t[:100],
            display=counter.most_common(1)[0][0][:100],
            frequency=sum(counter.values()),
        )
        for t, counter in forms.items()
    ]


def open_objects(model):
    """What every reader may open (portal.access): only that feeds the vocabulary,
    so «Mente du …?» never offers a word from a restricted page or image."""
    if issubclass(model, Page):
        return open_pages(model.objects.all())
    return open_images(model.objects.all())


def live_objects(model, progress=None):
    queryset = open_objects(model)
    queryset = queryset.prefetch_related(
        *(name for name in ("situations", "tags") if hasattr(model, name))
    )
    for obj in queryset.iterator(chunk_size=500):
        if progress is not None:
            progress.update(1)
        yield obj


def rebuild(progress_factory=None):
    """Recount the vocabulary from all live content; returns the number of terms."""
    forms = defaultdict(Counter)
    for model in searchable_models():
        total = model.objects.count()
        progress = (
            progress_factory(total, model._meta.verbose_name_plural)
            if (progress_factory)
            else None
        )
        for t, counter in count_terms(live_objects(model, progress)).items():
            forms[t].update(counter)
        if progress is not None:
            progress.close()
    with transaction.atomic():
        SearchTerm.objects.all().delete()
        SearchTerm.objects.bulk_create(_rows(forms), batch_size=1000)
    invalidate()
    return len(forms)


def add_document(obj):
    """Add a published document's new terms (frequencies are settled on rebuild);
    nothing for a page or image that not every reader may open."""
    if not open_objects(type(obj)).filter(pk=obj.pk).exists():
        return

    SearchTerm.objects.bulk_create(_rows(count_terms([obj])), ignore_conflicts=True)
    invalidate()


@dataclass
class Vocabulary:
    display: dict = field(default_factory=dict)  # term → word as written
    frequency: dict = field(default_factory=dict)

    def __contains__(self, t):
        return t in self.display

    def closest(self, t, max_distance):
        """The most frequent term within ``max_distance`` edits of ``t``."""
        if len(t) < MIN_TYPO_LENGTH or not self.display:
            return None
        candidates = extract(
            t,
            self.display.keys(),
            scorer=OSA.distance,  # a swapped pair of letters is one edit
            score_cutoff=max_distance,
            limit=20,
        )
        if not candidates:
            return None
        best = min(candidates, key=lambda c: (c[1], -self.frequency.get(c[0], 0)))
        return best[0]


def typo_distance(t):
    """How many edits a word of this length may be off: 1, or 2 for long words."""
    return 2 if len(t) >= 8 else 1


@dataclass
class SynonymIndex:
    # First term of an alternative → list of (alternative terms, group index)
    by_first_term: dict = field(default_factory=dict)
    groups: list = field(default_factory=list)  # each a list of term tuples

    def expand(self, terms):
        """Split query terms into concepts: each a list of alternative term tuples."""
        concepts, i = [], 0
        while i < len(terms):
            match = None
            for alternative, group in self.by_first_term.get(terms[i], []):
                if tuple(terms[i : i + len(alternative)]) == alternative and (
                    match is None or len(alternative) > len(match[0])
                ):
                    match = (alternative, group)
            if match:
                concepts.append(list(self.groups[match[1]]))
                i += len(match[0])
            else:
                concepts.append([(terms[i],)])
                i += 1
        return concepts


_cache = {}


def invalidate():
    _cache.clear()


def _cached(key, build):
    entry = _cache.get(key)
    if entry is None or entry[0] < time.monotonic():
        entry = (time.monotonic() + CACHE_SECONDS, build())
        _cache[key] = entry
    return entry[1]


def vocabulary():
    def build():
        rows = list(SearchTerm.objects.values_list("term", "display", "frequency"))
        return Vocabulary(
            display={t: d for t, d, _ in rows}, frequency={t: f for t, _, f in rows}
        )

    return _cached("vocabulary", build)


def synonyms():
    def build():
        index = SynonymIndex()
        for group in SynonymGroup.objects.all():
            alternatives = []
            for phrase in group.word_list:
                terms = tuple(query_terms(phrase))
                if terms and terms not in alternatives:
                    alternatives.append(terms)
            if len(alternatives) < 2:
                continue
            number = len(index.groups)
            index.groups.append(alternatives)
            for alternative in alternatives:
                index.by_first_term.setdefault(alternative[0], []).append(
                    (alternative, number)
                )
        return index

    return _cached("synonyms", build)
