"""One search across measures, visual supports, meeting materials and wheel periods.

The flow, the same on every backend:

1. clean the raw query (control characters, length);
2. normalise it to Norwegian terms (search/normalize.py), group them into
   concepts with the editors' synonyms, and add the nearest indexed term for a
   word the index does not know (typos);
3. ask the backend for the ranked matches — all concepts first, any concept if
   that finds nothing — from the engine, or from the database backend when the
   engine fails (reduced mode);
4. count facets and apply filters in the database over the ranked ids (at most
   ``rank.LIMIT`` of each kind: search/rank.py), then load only the objects of
   the page being shown.
"""

import logging
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from taggit.models import TaggedItem
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from measures.choices import FocusArea
from measures.models import MeasurePage, MeasureTag, VisualSupport
from portal.models import MeetingMaterialPage, WheelPeriodPage
from search import rank
from search.normalize import fold, query_terms, term, words
from search.vocabulary import synonyms, typo_distance, vocabulary

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
PAGE_SIZE = 20
ENGINE_RETRY_SECONDS = 30


@dataclass(frozen=True)
class ResultType:
    key: str
    label: str
    model: type


RESULT_TYPES = [
    ResultType("tiltak", gettext_lazy("Measures"), MeasurePage),
    ResultType("visuell-stotte", gettext_lazy("Visual supports"), VisualSupport),
    ResultType("motemateriell", gettext_lazy("Meeting materials"), MeetingMaterialPage),
    ResultType("arshjul", gettext_lazy("Annual wheel"), WheelPeriodPage),
]
TYPES_BY_KEY = {t.key: t for t in RESULT_TYPES}
PAGE_MODELS = [t.model for t in RESULT_TYPES if issubclass(t.model, Page)]


def clean_query(raw):
    """The query without control characters and extra spaces, at most 200 chars."""
    text = "".join(
        " " if unicodedata.category(c).startswith("C") else c for c in raw or ""
    )
    text = " ".join(text.split())
    messages = []
    if len(text) > MAX_QUERY_LENGTH:
        text = text[:MAX_QUERY_LENGTH].rsplit(" ", 1)[0] or text[:MAX_QUERY_LENGTH]
        messages.append(
            _("The search was too long and was shortened to %(n)s characters.")
            % {"n": MAX_QUERY_LENGTH}
        )
    return text, messages


# --- Engine health: a dead engine is skipped for a while, not waited for. ---

_engine_down_until = 0.0


def engine_configured():
    return settings.SEARCH_BACKEND != "database"


def engine_marked_down():
    return time.monotonic() < _engine_down_until


def mark_engine_down():
    global _engine_down_until
    _engine_down_until = time.monotonic() + ENGINE_RETRY_SECONDS


def mark_engine_up():
    global _engine_down_until
    _engine_down_until = 0.0


def with_fallback(run):
    """``run(backend)`` on the engine, or on the database backend if it fails.

    Returns (result, backend name, degraded).
    """
    if engine_configured():
        if not engine_marked_down():
            try:
                return (
                    run(get_search_backend("default")),
                    settings.SEARCH_BACKEND,
                    False,
                )
            except Exception:
                logger.exception("Search engine failed; answering from the database")
                mark_engine_down()
        return run(get_search_backend("fallback")), "database", True
    return run(get_search_backend("default")), "database", False


# --- Query building ---


@dataclass
class ParsedQuery:
    terms: list
    concepts: list  # each a list of alternative term tuples
    corrections: dict  # unknown term → the indexed term used instead


def parse(q):
    terms = query_terms(q)
    vocab = vocabulary()
    concepts = synonyms().expand(terms)
    corrections = {}
    for concept in concepts:
        for alternative in list(concept):
            if len(alternative) != 1 or alternative[0] in vocab:
                continue
            nearest = vocab.closest(alternative[0], typo_distance(alternative[0]))
            if nearest and (nearest,) not in concept:
                concept.append((nearest,))
                corrections[alternative[0]] = nearest
    return ParsedQuery(terms=terms, concepts=concepts, corrections=corrections)


def page_queryset():
    return Page.objects.live().public().type(*PAGE_MODELS)


def ranked(backend, parsed, operator):
    """(kind key, pk, relevance) of the best live, public matches, best first.

    At most ``rank.LIMIT`` pages and as many visual supports (search/rank.py).
    """
    pages = page_queryset()  # .public() reads the view restrictions once, here
    page_rows, image_rows = rank.ranked_rows(
        backend,
        parsed.concepts,
        operator,
        pages,
        VisualSupport.objects.all(),
        PAGE_MODELS,
    )
    kind_for_content_type = {
        ContentType.objects.get_for_model(t.model).pk: t.key
        for t in RESULT_TYPES
        if issubclass(t.model, Page)
    }
    # The index may briefly lag behind the database: keep only what is visible.
    visible_pages = dict(
        pages.filter(pk__in=[pk for _ct, pk, _score in page_rows]).values_list(
            "pk", "content_type_id"
        )
    )
    visible_images = set(
        VisualSupport.objects.filter(
            pk__in=[pk for _ct, pk, _score in image_rows]
        ).values_list("pk", flat=True)
    )
    hits = [
        (kind_for_content_type[visible_pages[pk]], pk, score)
        for _ct, pk, score in page_rows
        if pk in visible_pages
    ] + [
        ("visuell-stotte", pk, score)
        for _ct, pk, score in image_rows
        if pk in visible_images
    ]
    # A stable sort keeps each backend's own order among equal relevance.
    hits.sort(key=lambda hit: -hit[2])
    return hits, len(page_rows) >= rank.LIMIT or len(image_rows) >= rank.LIMIT


# --- Facets and filters, in the database over the ranked ids ---


@dataclass
class Facets:
    focus_area: dict = field(default_factory=dict)  # (kind, pk) → focus area
    situations: dict = field(default_factory=dict)  # (kind, pk) → {slug}
    tags: dict = field(default_factory=dict)  # (kind, pk) → {slug}
    situation_names: dict = field(default_factory=dict)
    tag_names: dict = field(default_factory=dict)


def load_facets(hits):
    facets = Facets()
    ids = {t.key: [] for t in RESULT_TYPES}
    for kind, pk, _score in hits:
        ids[kind].append(pk)
    for result_type in RESULT_TYPES:
        model = result_type.model
        if not ids[result_type.key] or not issubclass(model, Page):
            continue
        rows = model.objects.filter(pk__in=ids[result_type.key]).values_list(
            "pk", "focus_area"
        )
        for pk, focus_area in rows:
            facets.focus_area[(result_type.key, pk)] = focus_area

    def add(target, names, kind, rows):
        for pk, slug, name in rows:
            target.setdefault((kind, pk), set()).add(slug)
            names[slug] = name

    if ids["tiltak"]:
        add(
            facets.situations,
            facets.situation_names,
            "tiltak",
            MeasurePage.situations.through.objects.filter(
                measurepage_id__in=ids["tiltak"]
            ).values_list("measurepage_id", "situation__slug", "situation__name"),
        )
        add(
            facets.tags,
            facets.tag_names,
            "tiltak",
            MeasureTag.objects.filter(content_object_id__in=ids["tiltak"]).values_list(
                "content_object_id", "tag__slug", "tag__name"
            ),
        )
    if ids["visuell-stotte"]:
        add(
            facets.situations,
            facets.situation_names,
            "visuell-stotte",
            VisualSupport.situations.through.objects.filter(
                visualsupport_id__in=ids["visuell-stotte"]
            ).values_list("visualsupport_id", "situation__slug", "situation__name"),
        )
        add(
            facets.tags,
            facets.tag_names,
            "visuell-stotte",
            TaggedItem.objects.filter(
                content_type=ContentType.objects.get_for_model(VisualSupport),
                object_id__in=ids["visuell-stotte"],
            ).values_list("object_id", "tag__slug", "tag__name"),
        )
    return facets


@dataclass
class Filters:
    type: str = ""
    focus_area: str = ""
    situation: str = ""
    tag: str = ""

    def active(self):
        return any((self.type, self.focus_area, self.situation, self.tag))

    def keep(self, hit, facets, ignore=None):
        kind, pk, _score = hit
        key = (kind, pk)
        return (
            (ignore == "type" or not self.type or kind == self.type)
            and (
                ignore == "focus_area"
                or not self.focus_area
                or facets.focus_area.get(key) == self.focus_area
            )
            and (
                ignore == "situation"
                or not self.situation
                or self.situation in facets.situations.get(key, ())
            )
            and (
                ignore == "tag" or not self.tag or self.tag in facets.tags.get(key, ())
            )
        )


def clean_filters(params, facets, messages):
    """Filters from the query string; unknown values are dropped with a message."""
    filters = Filters()
    known = {
        "type": set(TYPES_BY_KEY),
        "focus_area": set(FocusArea.values),
        "situation": set(facets.situation_names),
        "tag": set(facets.tag_names),
    }
    for name, param in (
        ("type", "type"),
        ("focus_area", "fokusomrade"),
        ("situation", "situasjon"),
        ("tag", "stikkord"),
    ):
        value = (params.get(param) or "").strip()[:100]
        if not value:
            continue
        if value in known[name] or name in ("situation", "tag"):
            # A situation or tag with no hits is a valid filter that matches nothing;
            # only type and focus area have a fixed list to check against.
            setattr(filters, name, value)
        else:
            messages.append(_("An unknown filter was ignored."))
    return filters


@dataclass
class FacetCount:
    value: str
    label: str
    count: int
    selected: bool
    href: str = ""  # the link that toggles this filter, set by the view


def count_facets(hits, facets, filters):
    """Counts per facet, each counted with the other facets' filters applied."""

    def counts(ignore, values_of):
        counter = Counter()
        for hit in hits:
            if filters.keep(hit, facets, ignore=ignore):
                counter.update(values_of(hit))
        return counter

    types = counts("type", lambda h: [h[0]])
    focus = counts("focus_area", lambda h: [facets.focus_area.get((h[0], h[1]))] or [])
    situations = counts("situation", lambda h: facets.situations.get((h[0], h[1]), ()))
    tags = counts("tag", lambda h: facets.tags.get((h[0], h[1]), ()))
    return {
        "type": [
            FacetCount(t.key, str(t.label), types[t.key], filters.type == t.key)
            for t in RESULT_TYPES
            if types[t.key] or filters.type == t.key
        ],
        "focus_area": [
            FacetCount(value, str(label), focus[value], filters.focus_area == value)
            for value, label in FocusArea.choices
            if focus[value] or filters.focus_area == value
        ],
        "situation": sorted(
            (
                FacetCount(
                    slug, facets.situation_names[slug], n, filters.situation == slug
                )
                for slug, n in situations.items()
            ),
            key=lambda f: (-f.count, f.label),
        ),
        "tag": sorted(
            (
                FacetCount(slug, facets.tag_names[slug], n, filters.tag == slug)
                for slug, n in tags.items()
            ),
            key=lambda f: (-f.count, f.label),
        )[:15],
    }


# --- Loading the shown page ---


@dataclass
class Result:
    kind: str
    kind_label: str
    obj: object
    title: str
    url: str
    summary: str
    focus_area_label: str = ""
    image: object = None


# The thumbnail in templates/search/search.html: {% picture … format-{webp,png}
# fill-120x120 %}. Prefetching just these renditions, not every size made for
# print and the gallery, keeps the page to one rendition query.
THUMBNAIL_FILTERS = ("format-webp|fill-120x120", "format-png|fill-120x120")
RESULT_PAGE_FIELDS = (
    "title",
    "url_path",
    "path",
    "depth",
    "content_type",
    "summary",
    "focus_area",
)


def load_results(hits):
    by_kind = {}
    for kind, pk, _score in hits:
        by_kind.setdefault(kind, []).append(pk)
    objects = {}
    for kind, pks in by_kind.items():
        model = TYPES_BY_KEY[kind].model
        queryset = model.objects.filter(pk__in=pks)
        if model is VisualSupport:
            queryset = queryset.prefetch_renditions(*THUMBNAIL_FILTERS)
        else:
            # Only what a result shows: not the page's StreamFields and the rest.
            queryset = queryset.only(*RESULT_PAGE_FIELDS)
        for obj in queryset:
            objects[(kind, obj.pk)] = obj
    results = []
    for kind, pk, _score in hits:
        obj = objects.get((kind, pk))
        if obj is None:  # deleted between the search and now
            continue
        label = str(TYPES_BY_KEY[kind].label)
        if isinstance(obj, VisualSupport):
            results.append(
                Result(
                    kind,
                    label,
                    obj,
                    obj.title,
                    obj.get_absolute_url(),
                    obj.description,
                    image=obj,
                )
            )
        else:
            results.append(
                Result(
                    kind,
                    label,
                    obj,
                    obj.title,
                    obj.url,
                    obj.summary,
                    obj.get_focus_area_display(),
                )
            )
    return results


# --- The whole search ---


@dataclass
class SearchOutcome:
    query: str = ""
    results: object = None  # a paginator page of Result
    total: int = 0
    facets: dict = field(default_factory=dict)
    filters: Filters = field(default_factory=Filters)
    messages: list = field(default_factory=list)
    corrections: dict = field(default_factory=dict)
    suggestion: str = ""
    matched_any: bool = False
    capped: bool = False  # more matches than rank.LIMIT: only the best are shown
    backend: str = "database"
    degraded: bool = False
    promotions: list = field(default_factory=list)
    duration_ms: int = 0


def search(params):
    started = time.perf_counter()
    q, messages = clean_query(params.get("q", ""))
    outcome = SearchOutcome(query=q, messages=messages)
    if not q:
        return outcome
    parsed = parse(q)
    outcome.promotions = promotions(q)
    if not parsed.terms:
        outcome.messages.append(
            _("Write a word or two about what you are looking for.")
        )
        return outcome

    def run(backend):
        hits, capped = ranked(backend, parsed, "and")
        if not hits and len(parsed.concepts) > 1:
            hits, capped = ranked(backend, parsed, "or")
            outcome.matched_any = bool(hits)
        return hits, capped

    (hits, outcome.capped), outcome.backend, outcome.degraded = with_fallback(run)
    facets = load_facets(hits)
    outcome.filters = clean_filters(params, facets, outcome.messages)
    outcome.facets = count_facets(hits, facets, outcome.filters)
    shown = [hit for hit in hits if outcome.filters.keep(hit, facets)]
    outcome.total = len(shown)
    typed = {term(word): word for word in words(q)}
    display = vocabulary().display
    outcome.corrections = {
        typed.get(t, t): display.get(c, c) for t, c in parsed.corrections.items()
    }
    page = Paginator(shown, PAGE_SIZE).get_page(params.get("side"))
    page.object_list = load_results(page.object_list)
    outcome.results = page
    if not hits:
        outcome.suggestion = did_you_mean(parsed)
    outcome.duration_ms = int((time.perf_counter() - started) * 1000)
    return outcome


def did_you_mean(parsed):
    """A query made of indexed words close to the ones typed, or ''."""
    vocab = vocabulary()
    words, changed = [], False
    for t in parsed.terms:
        if t in vocab:
            words.append(vocab.display[t])
            continue
        nearest = vocab.closest(t, max(2, typo_distance(t)))
        if nearest:
            words.append(vocab.display[nearest])
            changed = True
    return " ".join(words) if changed else ""


@dataclass(frozen=True)
class Promotion:
    title: str
    url: str
    description: str


def promotions(q):
    """Editors' recommended pages or links for exactly this query ("anbefalt")."""
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.search.utils import normalise_query_string

    picks = (
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(q))
        .select_related("page")
        .order_by("sort_order")
    )
    shown = []
    for pick in picks:
        if pick.page is None:
            url = pick.external_link_url
        elif pick.page.live and not pick.page.get_view_restrictions():
            url = pick.page.url
        else:
            continue
        shown.append(Promotion(pick.title, url, pick.description))
    return shown


def suggest(raw, limit=8):
    """Titles that start like what is typed, for the search box."""
    q, _messages = clean_query(raw)
    q = fold(q)[:50]
    if len(q.strip()) < 2:
        return [], "database", False

    def run(backend):
        pages = backend.autocomplete(q, page_queryset())[:limit]
        images = backend.autocomplete(q, VisualSupport.objects.all())[: limit // 2]
        return list(pages), list(images)

    (pages, images), name, degraded = with_fallback(run)
    specific = {
        p.pk: p for p in Page.objects.filter(pk__in=[p.pk for p in pages]).specific()
    }
    items = [
        {
            "title": p.title,
            "url": p.url,
            "type": str(p.specific_class._meta.verbose_name),
        }
        for p in (specific.get(page.pk) for page in pages)
        if p is not None
    ]
    items += [
        {
            "title": image.title,
            "url": image.get_absolute_url(),
            "type": str(VisualSupport._meta.verbose_name),
        }
        for image in images
    ]
    return items[:limit], name, degraded
