"""One search across measures, visual supports, meeting materials and wheel periods.

The flow, the same on every backend:

1. clean the raw query (control characters, length);
2. normalise it to Norwegian terms (search/normalize.py), group them into
   concepts with the editors' synonyms, and add the nearest indexed term for a
   word the index does not know (typos);
3. ask the backend for the ranked matches — all concepts first, any concept if
   that finds nothing — from the engine, or from the database backend when the
   engine fails (reduced mode);
4. keep the ranked ids that are live, public and still there, with their focus
   area, situations and tags, in one statement that also tells whether editors
   recommend anything for the query (``db.search_facts``; at most
   ``rank.LIMIT`` ids of each kind: search/rank.py);
5. count facets and apply filters in Python over those, then load only the
   objects of the page being shown.
"""

import functools
import hashlib
import logging
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.paginator import Paginator
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.images.models import Filter, Picture
from wagtail.images.shortcuts import get_renditions_or_not_found
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from measures.models import VisualSupport
from portal import kinds
from portal.choices import FocusArea
from portal.page_cache import current_generation
from search import db, rank
from search.normalize import WORD_RE, fold, query_terms, term, words
from search.vocabulary import synonyms, typo_distance, vocabulary

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
PAGE_SIZE = 20
ENGINE_RETRY_SECONDS = 30


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
    """The query's terms and concepts, with typo corrections.

    Synonyms only add alternatives. Only a word the user typed is ever
    corrected, and only when its concept matches nothing: the word and all its
    synonyms are unknown to the index. A synonym the index does not know is
    left alone (dagtavle ⇄ timeplan must not turn into «timeglass»).
    """
    terms = query_terms(q)
    vocab = vocabulary()
    concepts = synonyms().expand(terms)
    corrections = {}
    position = 0
    for concept in concepts:
        typed = typed_alternative(concept, terms, position)
        position += len(typed)
        if len(typed) != 1 or any(
            all(t in vocab for t in alternative) for alternative in concept
        ):
            continue
        nearest = vocab.closest(typed[0], typo_distance(typed[0]))
        if nearest:
            concept.append((nearest,))
            corrections[typed[0]] = nearest
    return ParsedQuery(terms=terms, concepts=concepts, corrections=corrections)


def typed_alternative(concept, terms, position):
    """The alternative of ``concept`` that the user typed at ``position``: the
    longest that matches there, as ``SynonymIndex.expand`` chose it."""
    return max(
        (alt for alt in concept if tuple(terms[position : position + len(alt)]) == alt),
        key=len,
    )


def candidate_pages():
    """The pages a backend ranks: live and of a searchable type.

    Not ``.public()``: that reads the view restrictions with a query of its own
    first. Pages in private sections are removed after ranking, with the rest
    of the visibility check (``db.search_facts``), as on the database backends.
    """
    return Page.objects.live().type(*kinds.page_models())


@dataclass
class Facets:
    focus_area: dict = field(default_factory=dict)  # (kind, pk) → focus area
    situations: dict = field(default_factory=dict)  # (kind, pk) → {slug}
    tags: dict = field(default_factory=dict)  # (kind, pk) → {slug}
    situation_names: dict = field(default_factory=dict)
    tag_names: dict = field(default_factory=dict)


@dataclass
class Ranking:
    hits: list  # (kind key, pk, relevance), best first
    capped: bool  # more matches than rank.LIMIT: only the best are here
    facets: Facets  # of the hits
    promoted: bool  # editors recommend something for this query


def ranked(backend, parsed, operator, query_string):
    """The best live, public matches (``Ranking``), best first, with their facets.

    At most ``rank.LIMIT`` of each kind (search/rank.py ``ranked_rows``). What
    the ranking needs from the database comes in one statement
    (``db.search_facts``); ``query_string`` is the query as normalised for
    recommended results.
    """
    rows = rank.ranked_rows(
        backend,
        parsed.concepts,
        operator,
        candidate_pages(),
        VisualSupport.objects.all(),
        kinds.page_models(),
    )
    page_rows, image_rows = rows.pages, rows.images
    # The index may briefly lag behind the database: keep only what is visible.
    facts = db.search_facts(
        [pk for _ct, pk, _score in page_rows],
        [pk for _ct, pk, _score in image_rows],
        kinds.page_models(),
        query_string,
    )
    kind_for_content_type = kinds_by_content_type()
    facets = Facets()
    hits = []
    for _ct, pk, score in page_rows:
        if pk in facts.pages:
            content_type_id, focus_area = facts.pages[pk]
            kind = kind_for_content_type[content_type_id]
            hits.append((kind, pk, score))
            facets.focus_area[(kind, pk)] = focus_area
    image_kind = kinds.for_model(VisualSupport).key
    hits += [
        (image_kind, pk, score) for _ct, pk, score in image_rows if pk in facts.images
    ]
    targets = {
        "situation": (facets.situations, facets.situation_names),
        "tag": (facets.tags, facets.tag_names),
    }
    for kind, facet, pk, slug, name in facts.facets:
        values, names = targets[facet]
        values.setdefault((kind, pk), set()).add(slug)
        names[slug] = name
    # A stable sort keeps each backend's own order among equal relevance.
    hits.sort(key=lambda hit: -hit[2])
    return Ranking(hits, rows.capped, facets, facts.promoted)


def page_kinds():
    """(page model, result kind key) for every searchable page type and its
    subclasses (as ``PageQuerySet.type()``)."""
    return _page_kinds(tuple((k.key, k.model_label) for k in kinds.page_kinds()))


@functools.cache
def _page_kinds(page_kinds):
    return [
        (model, key)
        for model in apps.get_models()
        for key, model_label in page_kinds
        if issubclass(model, apps.get_model(model_label))
    ]


def kinds_by_content_type():
    """Content type id → result kind key (ContentType's own cache: no query)."""
    return {
        ContentType.objects.get_for_model(model).pk: key for model, key in page_kinds()
    }


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
        "type": {kind.key for kind in kinds.all_kinds()},
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
            for t in kinds.all_kinds()
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
    thumbnail: str = ""  # HTML, rendered once and cached with the result


# A visual support's thumbnail: what {% picture image format-{webp,png}
# fill-120x120 alt="" loading="lazy" %} gives. It depends only on the image
# file and its focal point, not on the pages around it, so it is cached per
# image under those (not under the content generation): a search right after a
# publish reuses it. Only images without a cached thumbnail have their
# renditions loaded, just the two thumbnail ones.
THUMBNAIL_FILTERS = ("format-webp|fill-120x120", "format-png|fill-120x120")
THUMBNAIL_TIMEOUT = 60 * 60


@functools.cache
def thumbnail_filters():
    # Parsed once: the template tag parses its filter specs on every render.
    return [Filter(spec=spec) for spec in THUMBNAIL_FILTERS]


def thumbnail_html(image):
    renditions = get_renditions_or_not_found(image, thumbnail_filters())
    return Picture(renditions, {"alt": "", "loading": "lazy"}).__html__()


def thumbnail_key(image):
    return (
        "search-thumbnail:"
        + hashlib.sha256(
            repr(
                (
                    image.pk,
                    image.file.name,
                    image.file_hash,
                    image.get_focal_point(),
                    THUMBNAIL_FILTERS,
                )
            ).encode()
        ).hexdigest()
    )


def thumbnails(images):
    """{image pk: thumbnail HTML}, from the cache where it can."""
    keys = {image.pk: thumbnail_key(image) for image in images}
    cached = cache.get_many(list(keys.values()))
    html = {pk: cached[key] for pk, key in keys.items() if key in cached}
    missing = [pk for pk in keys if pk not in html]
    if missing:
        rendered = {
            image.pk: thumbnail_html(image)
            for image in VisualSupport.objects.filter(
                pk__any_of=missing
            ).prefetch_renditions(*THUMBNAIL_FILTERS)
        }
        cache.set_many(
            {keys[pk]: value for pk, value in rendered.items()}, THUMBNAIL_TIMEOUT
        )
        html.update(rendered)
    return html


RESULT_PAGE_FIELDS = (
    "title",
    "url_path",
    "path",
    "depth",
    "content_type",
    "summary",
    "focus_area",
)
SUMMARY_LENGTH = 240


def shorten(text):
    """At most SUMMARY_LENGTH characters; most summaries are shorter, and
    Truncator costs about 0.1 ms a call even when it has nothing to cut."""
    if len(text) <= SUMMARY_LENGTH:
        return text
    return Truncator(text).chars(SUMMARY_LENGTH)


def load_results(hits):
    by_kind = {}
    for kind, pk, _score in hits:
        by_kind.setdefault(kind, []).append(pk)
    objects = {}
    for kind, pks in by_kind.items():
        model = kinds.by_key(kind).model
        queryset = model.objects.filter(pk__any_of=pks)
        if model is not VisualSupport:
            # Only what a result shows: not the page's StreamFields and the rest.
            queryset = queryset.only(*RESULT_PAGE_FIELDS)
        for obj in queryset:
            objects[(kind, obj.pk)] = obj
    images = thumbnails(
        [obj for obj in objects.values() if isinstance(obj, VisualSupport)]
    )
    results = []
    for kind, pk, _score in hits:
        obj = objects.get((kind, pk))
        if obj is None:  # deleted between the search and now
            continue
        label = str(kinds.by_key(kind).label)
        if isinstance(obj, VisualSupport):
            results.append(
                Result(
                    kind,
                    label,
                    obj,
                    obj.title,
                    obj.get_absolute_url(),
                    shorten(obj.description),
                    image=obj,
                    thumbnail=images.get(pk, ""),
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
                    shorten(obj.summary),
                    obj.get_focus_area_display(),
                )
            )
    return results


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


# --- What a query finds is the same for every reader: cached per process ---
#
# The whole outcome of a request's parameters (``search``), and beneath it the
# ranking, facets and recommended results of a query (``find``) and each page of
# results (``cached_results``), are cached under the content generation
# (portal/page_cache.py). It goes up on every publish, unpublish, move or
# deletion of a page, every change to a visual support, situation or tag, and
# (search/signals.py) every change to view restrictions, recommended results or
# synonyms, and after ``update_index``. So a page that is unpublished or made
# private disappears from the next search in every worker. The short timeout
# bounds what the key cannot see: an engine makes a new document searchable about
# a second after it is indexed, so a search in that second could miss a page
# published just before it. Reduced-mode answers are not cached.
SHARED_TIMEOUT = 60


@dataclass
class Shared:
    """The part of a search outcome that does not depend on who asks."""

    ranking: Ranking
    facets: Facets
    matched_any: bool
    backend: str
    degraded: bool
    promotions: list


def cache_key(prefix, generation, what):
    digest = hashlib.sha256(repr(what).encode()).hexdigest()
    return f"{prefix}:{generation}:{get_language()}:{digest}"


def shared_key(q, parsed, generation):
    return cache_key(
        "search",
        generation,
        (settings.SEARCH_BACKEND, promotion_key(q), parsed.concepts),
    )


def find(q, parsed, generation):
    """Ranking, facets and promotions for a parsed query (the cacheable part)."""
    key = shared_key(q, parsed, generation)
    shared = cache.get(key)
    if shared is not None:
        return shared
    matched_any = False
    query_string = promotion_key(q)

    def run(backend):
        nonlocal matched_any
        ranking = ranked(backend, parsed, "and", query_string)
        if not ranking.hits and len(parsed.concepts) > 1:
            ranking = ranked(backend, parsed, "or", query_string)
            matched_any = bool(ranking.hits)
        return ranking

    ranking, backend, degraded = with_fallback(run)
    shared = Shared(
        ranking=ranking,
        facets=ranking.facets,
        matched_any=matched_any,
        backend=backend,
        degraded=degraded,
        # Read only when the ranking's statement found some for the query.
        promotions=promotions(q) if ranking.promoted else [],
    )
    if not degraded:
        cache.set(key, shared, SHARED_TIMEOUT)
    return shared


def cached_results(hits, generation):
    """``load_results`` for one page of hits, cached like ``find``."""
    key = cache_key("search-results", generation, [hit[:2] for hit in hits])
    results = cache.get(key)
    if results is None:
        results = load_results(hits)
        cache.set(key, results, SHARED_TIMEOUT)
    return results


# --- The whole search ---


def search(params, generation=None):
    """The outcome for a request's GET parameters, cached whole per process.

    The same parameters under the same content generation give the same outcome
    for every reader (who has saved what is added by the view), so a repeated
    search costs one cache read. Other pages or filters of a cached query reuse
    ``find`` and ``cached_results``. ``generation``: the content generation if
    the caller has read it already.
    """
    if not (params.get("q") or "").strip():
        return compute(params, generation=None)
    if generation is None:
        generation = current_generation()
    key = cache_key(
        "search-outcome",
        generation,
        (settings.SEARCH_BACKEND, parameter_lists(params)),
    )
    outcome = cache.get(key)
    if outcome is None:
        outcome = compute(params, generation)
        if not outcome.degraded:
            cache.set(key, outcome, SHARED_TIMEOUT)
    return outcome


def parameter_lists(params):
    """Sorted (name, [values]) of a QueryDict, or of a plain dict (tests, bench)."""
    if hasattr(params, "lists"):
        return sorted(params.lists())
    return sorted((name, [value]) for name, value in params.items())


def compute(params, generation):
    q, messages = clean_query(params.get("q", ""))
    outcome = SearchOutcome(query=q, messages=messages)
    if not q:
        return outcome
    parsed = parse(q)
    if not parsed.terms:
        outcome.promotions = promotions(q)
        outcome.messages.append(
            _("Write a word or two about what you are looking for.")
        )
        return outcome

    shared = find(q, parsed, generation)
    hits, facets = shared.ranking.hits, shared.facets
    outcome.capped, outcome.matched_any = shared.ranking.capped, shared.matched_any
    outcome.backend, outcome.degraded = shared.backend, shared.degraded
    outcome.promotions = shared.promotions
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
    page.object_list = cached_results(page.object_list, generation)
    outcome.results = page
    if not hits:
        outcome.suggestion = did_you_mean(parsed)
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


def promotion_key(q):
    """The query as recommended results are stored under (Wagtail's form)."""
    from wagtail.search.utils import normalise_query_string

    return normalise_query_string(q)


def promotions(q):
    """Editors' recommended pages or links for exactly this query ("anbefalt")."""
    from wagtail.contrib.search_promotions.models import SearchPromotion

    picks = (
        SearchPromotion.objects.filter(query__query_string=promotion_key(q))
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
    """Titles that start like what is typed, for the search box.

    The backend ranks live pages of the searchable types (``candidate_pages``)
    and visual supports; which of them are public and still there, with their
    titles and addresses, comes in one statement (``db.suggestion_rows``).
    """
    q, _messages = clean_query(raw)
    q = fold(q)[:50]
    if len(q.strip()) < 2:
        return [], "database", False

    typed = WORD_RE.findall(q)
    if not typed:
        return [], "database", False

    def run(backend):
        return rank.suggested_ids(
            backend,
            typed,
            candidate_pages(),
            VisualSupport.objects.all(),
            kinds.page_models(),
            limit,
            limit // 2,
        )

    (page_ids, image_ids), name, degraded = with_fallback(run)
    page_rows, image_rows = db.suggestion_rows(page_ids, image_ids, kinds.page_models())
    pages = {row[0]: row for row in page_rows}
    images = {row[0]: row for row in image_rows}
    items = [
        {
            "title": title,
            "url": Page(id=pk, url_path=url_path).url,
            "type": str(
                ContentType.objects.get_for_id(content_type_id)
                .model_class()
                ._meta.verbose_name
            ),
        }
        for pk, title, url_path, content_type_id in (
            pages[pk] for pk in page_ids if pk in pages
        )
    ][:limit]
    items += [
        {
            "title": images[pk][1],
            "url": VisualSupport.url_for(pk),
            "type": str(VisualSupport._meta.verbose_name),
        }
        for pk in image_ids
        if pk in images
    ]
    return items[:limit], name, degraded
