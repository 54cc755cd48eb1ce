"""``make bench``: generated content, index build time and latency per backend.

The benchmark never touches the developer's database. ``run()`` (the
orchestrator, ``manage.py bench``) starts one worker process per backend, each
with its own environment, since settings are read at start-up:

* ``sqlite``: a throwaway SQLite file in /tmp, Wagtail's database backend (FTS5);
* ``postgresql``: a throwaway database ``portal_bench`` on the local server
  (``bash .ci/postgres.sh``), Wagtail's database backend (``norwegian`` config);
* ``engine``: OpenSearch on 127.0.0.1:9200 with the bench's own index prefix,
  on the PostgreSQL data when PostgreSQL ran, else on a fresh SQLite file.

Each worker (``manage.py bench --worker NAME``) migrates, loads the demo content,
adds generated measures up to ``--size`` (plus visual supports and meeting
materials), builds the index with ``update_index`` and then measures, after a
warm-up:

* search: our view (GET /sok/ as a logged-in user; a repeated query and cold),
  ``service.search()`` in-process, the raw backend query the view sends
  (``rank.ranked_rows``) and, once per query for reference, Wagtail's
  ``backend.search(PlainText(q), MeasurePage.objects.live())[:20]``;
* suggestions: GET /sok/forslag/ and the raw ``backend.autocomplete()``;
* pages (database runs only): home, a measure, the measure list, the gallery.

The orchestrator writes bench/results/latest.json and the table in
docs/performance.md between the markers.
"""

import hashlib
import io
import json
import math
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

from django.conf import settings
from django.utils import timezone
from tqdm import tqdm

BASE_DIR = Path(settings.BASE_DIR)
RESULTS = BASE_DIR / "bench" / "results" / "latest.json"
REPORT = BASE_DIR / "docs" / "performance.md"
BEGIN_MARKER = "<!-- bench:begin (written by `make bench`; edits here are lost) -->"
END_MARKER = "<!-- bench:end -->"

INDEX_PREFIX = "bench_"
ENGINE_URL = os.environ.get("BENCH_ENGINE_URL", "http://127.0.0.1:9200")
ENGINE_BACKEND = os.environ.get("BENCH_ENGINE_BACKEND", "opensearch2")
POSTGRES_URL = os.environ.get(
    "BENCH_POSTGRES_URL", "postgres://portal:portal@127.0.0.1:5432/portal"
)
POSTGRES_DB = "portal_bench"

TARGETS = {
    "search_p95_ms": {"sqlite": 100, "postgresql": 100, "engine": 50},
    "view_over_raw": 1.5,
}

# What staff type: exact words, inflected forms, no æøå, typos, synonyms and
# several words. Each is a word of the demo library, so it hits some documents.
QUERIES = [
    # exact
    "dagtavle",
    "påkledning",
    "samlingsstund",
    "måltid",
    "piktogram",
    "timer",
    "følelseskort",
    # inflected
    "dagtavla",
    "måltidene",
    "overgangene",
    "bildekortene",
    "samlingsstunden",
    "barna",
    # without æøå
    "pakledning",
    "maltid",
    "folelser",
    "hoytlesning",
    # typos
    "dagtalve",
    "samlignsstund",
    "piktogran",
    "overgnag",
    # synonyms
    "garderobe",
    "lunsj",
    "timeglass",
    "pusterom",
    # several words
    "vente på tur",
    "kle på seg",
    "rolig krok",
    "først så tavle",
    "bildestøtte i samlingsstunden",
]
SUGGEST_PREFIXES = [
    "da",
    "dag",
    "påk",
    "pak",
    "saml",
    "målt",
    "malt",
    "føl",
    "over",
    "pikt",
    "tim",
    "rol",
]
# A query slower than this (all calls, once) is measured fewer times.
SLOW_QUERY_BUDGET_S = 6.0
BACKEND_LABELS = {
    "sqlite": "SQLite (FTS5, database backend)",
    "postgresql": "PostgreSQL (full text, database backend)",
    "engine": "OpenSearch 2 (engine)",
}


# --- Small helpers ---


def percentile(samples, p):
    """Nearest-rank percentile of a list of numbers."""
    ordered = sorted(samples)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


def summary(samples):
    return {
        "p50": round(statistics.median(samples), 2),
        "p95": round(percentile(samples, 95), 2),
        "n": len(samples),
    }


def elapsed_ms(fn):
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def machine():
    ram = 0
    try:
        ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        pass
    return {
        "nproc": os.cpu_count(),
        "ram_gib": round(ram / 2**30, 1),
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
    }


# --- Generated content ---


def _sentences(text):
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]


class Texts:
    """The demo library's measures, images and meetings, to vary from."""

    def __init__(self):
        from portal.demo import content

        self.measures = content.MEASURES
        self.situation_names = [s["name"] for s in content.SITUATIONS]
        self.images = content.VISUAL_SUPPORTS
        self.meetings = content.MEETING_MATERIALS
        self.age_groups = content.AGE_GROUPS
        self.levels = content.LEVELS


def _tiny_png(rng):
    from PIL import Image

    colour = tuple(rng.randrange(256) for _ in range(3))
    buffer = io.BytesIO()
    Image.new("RGB", (64, 64), colour).save(buffer, "PNG")
    return buffer.getvalue()


def bulk_add_children(parent, pages, batch_size=500, progress=None):
    """Add ``pages`` (unsaved, of one specific model) under ``parent``, live.

    What ``parent.add_child`` does one page at a time (treebeard path, depth,
    url_path, the Page row, then the specific row), done in batches: Page rows
    with ``bulk_create``, the specific rows with the same insert Django uses for
    the child table of a multi-table model. No revisions, no signals.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.db.models import F
    from wagtail.models import Page

    if not pages:
        return []
    model = type(pages[0])
    content_type = ContentType.objects.get_for_model(model)
    parent = Page.objects.get(pk=parent.pk)
    last = parent.get_last_child()
    step = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
    for page in pages:
        page.path = Page._get_path(parent.path, parent.depth + 1, step)
        step += 1
        page.depth = parent.depth + 1
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.locale_id = parent.locale_id
        page.content_type = content_type
        page.draft_title = page.title
        page.live = True
        page.has_unpublished_changes = False
        page.translation_key = uuid.uuid4()
    page_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
    local_fields = model._meta.local_concrete_fields
    for start in range(0, len(pages), batch_size):
        batch = pages[start : start + batch_size]
        bases = Page.objects.bulk_create(
            [
                Page(**{f.attname: getattr(p, f.attname) for f in page_fields})
                for p in batch
            ]
        )
        for page, base in zip(batch, bases, strict=True):
            page.id = page.page_ptr_id = base.pk
            page._state.adding = False
        model._base_manager._insert(batch, fields=local_fields)
        if progress is not None:
            progress.update(len(batch))
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    return pages


def generate(size, seed=None, out=sys.stderr):
    """Add generated content until there are ``size`` measures; returns counts."""
    from django.contrib.contenttypes.models import ContentType
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage
    from django.db import transaction
    from django.utils.html import escape
    from django.utils.text import slugify
    from taggit.models import Tag, TaggedItem
    from wagtail.models import Collection

    from measures.models import (
        MeasureIndexPage,
        MeasurePage,
        MeasureRelatedMeasure,
        MeasureTag,
        MeasureVisualSupport,
        Situation,
        VisualSupport,
    )
    from portal.models import MeetingMaterialIndexPage, MeetingMaterialPage
    from team.models import TeamMember

    rng = random.Random(seed if seed is not None else size)  # noqa: S311
    texts = Texts()
    now = timezone.now()
    today = timezone.localdate()
    situations = list(Situation.objects.all())
    by_slug = {s.slug: s for s in situations}
    team = list(TeamMember.objects.all()) + [None]
    n_measures = max(0, size - MeasurePage.objects.count())
    n_images = max(0, size // 10 - VisualSupport.objects.count())
    n_meetings = max(0, size // 50 - MeetingMaterialPage.objects.count())

    def published():
        at = now - timedelta(minutes=rng.randrange(2 * 365 * 24 * 60))
        return {"first_published_at": at, "last_published_at": at}

    def pick(pool, low, high):
        return rng.sample(pool, min(len(pool), rng.randint(low, high)))

    def tag_ids(names):
        existing = {t.name: t.pk for t in Tag.objects.filter(name__in=names)}
        missing = [n for n in names if n not in existing]
        Tag.objects.bulk_create(
            [Tag(name=n, slug=slugify(n) or f"tag-{i}") for i, n in enumerate(missing)],
            ignore_conflicts=True,
        )
        return {t.name: t.pk for t in Tag.objects.filter(name__in=names)}

    with transaction.atomic():
        # Visual supports: tiny PNGs, titles and alt texts from the demo library.
        collection = Collection.get_first_root_node()
        images, image_tags, image_situations = [], [], []
        for i in tqdm(range(n_images), desc="Visuell støtte", unit="bilde", file=out):
            item = rng.choice(texts.images)
            png = _tiny_png(rng)
            name = default_storage.save(
                f"original_images/bench-{i}.png", ContentFile(png)
            )
            images.append(
                VisualSupport(
                    title=f"{item['title']} {i + 1}",
                    description=item["alt"],
                    kind=item["kind"],
                    collection=collection,
                    file=name,
                    width=64,
                    height=64,
                    file_size=len(png),
                    file_hash=hashlib.sha1(png).hexdigest(),  # noqa: S324
                    no_identifiable_child=True,
                )
            )
            image_tags.append(item["keywords"])
            image_situations.append(pick(situations, 1, 2))
        VisualSupport.objects.bulk_create(images, batch_size=500)
        ids = tag_ids(sorted({k for keys in image_tags for k in keys}))
        image_type = ContentType.objects.get_for_model(VisualSupport)
        TaggedItem.objects.bulk_create(
            [
                TaggedItem(content_type=image_type, object_id=img.pk, tag_id=ids[k])
                for img, keys in zip(images, image_tags, strict=True)
                for k in keys
            ],
            batch_size=1000,
        )
        VisualSupport.situations.through.objects.bulk_create(
            [
                VisualSupport.situations.through(
                    visualsupport_id=img.pk, situation_id=s.pk
                )
                for img, chosen in zip(images, image_situations, strict=True)
                for s in chosen
            ],
            batch_size=1000,
        )
        all_images = list(VisualSupport.objects.values_list("pk", flat=True))

        # Measures: each a variant of one demo measure (its sentences, tags and
        # situations, some left out) with now and then a sentence from another,
        # so a topical word hits a few percent of the measures, as in a library.
        pages, page_tags, page_situations = [], [], []
        for i in range(n_measures):
            source = rng.choice(texts.measures)
            other = rng.choice(texts.measures)
            situation = rng.choice(situations)
            title = f"{source['title']} – {situation.name.lower()}"
            purpose = pick(_sentences(source["purpose"]), 2, 6)
            steps = pick(source["steps"], 3, 6)
            if rng.random() < 0.3:
                purpose.append(rng.choice(_sentences(other["purpose"])))
            if rng.random() < 0.3:
                steps.append(rng.choice(other["steps"]))
            pages.append(
                MeasurePage(
                    title=title,
                    slug=f"{slugify(title)[:40].strip('-')}-{i + 1}",
                    summary=source["summary"],
                    focus_area=source["focus_area"],
                    age_group=rng.choice(texts.age_groups),
                    level=rng.choice(texts.levels),
                    purpose="".join(f"<p>{escape(s)}</p>" for s in purpose),
                    steps=[
                        {"type": "step", "value": {"text": s, "image": None}}
                        for s in steps
                    ],
                    materials=source["materials"],
                    time_needed=source["time_needed"],
                    owner_contact=rng.choice(team),
                    last_reviewed=today - timedelta(days=rng.randrange(700)),
                    **published(),
                )
            )
            page_tags.append(pick(source["tags"], 2, 4))
            page_situations.append(
                [
                    situation,
                    *(by_slug[s] for s in source["situations"] if s in by_slug),
                ]
            )
        with tqdm(total=n_measures, desc="Tiltak", unit="side", file=out) as bar:
            bulk_add_children(MeasureIndexPage.objects.get(), pages, progress=bar)
        ids = tag_ids(sorted({t for names in page_tags for t in names}))
        MeasureTag.objects.bulk_create(
            [
                MeasureTag(content_object_id=p.pk, tag_id=ids[t])
                for p, names in zip(pages, page_tags, strict=True)
                for t in names
            ],
            batch_size=1000,
        )
        through = MeasurePage.situations.through
        through.objects.bulk_create(
            [
                through(measurepage_id=p.pk, situation_id=s.pk)
                for p, chosen in zip(pages, page_situations, strict=True)
                for s in {s.pk: s for s in chosen}.values()
            ],
            batch_size=1000,
        )
        MeasureVisualSupport.objects.bulk_create(
            [
                MeasureVisualSupport(page_id=p.pk, image_id=image, sort_order=order)
                for p in pages
                for order, image in enumerate(
                    rng.sample(all_images, min(len(all_images), rng.randint(0, 3)))
                )
            ],
            batch_size=1000,
        )
        measure_ids = [p.pk for p in pages]
        if len(measure_ids) > 4:
            MeasureRelatedMeasure.objects.bulk_create(
                [
                    MeasureRelatedMeasure(page_id=p.pk, measure_id=m, sort_order=o)
                    for p in pages
                    for o, m in enumerate(
                        x for x in rng.sample(measure_ids, 3) if x != p.pk
                    )
                    if rng.random() < 0.3
                ],
                batch_size=1000,
            )

        # Meeting materials, from the demo's, mixed.
        meetings = []
        for i in range(n_meetings):
            item = rng.choice(texts.meetings)
            other = rng.choice(texts.meetings)
            situation = rng.choice(texts.situation_names).lower()
            title = f"{item['title']} – {situation}"
            meetings.append(
                MeetingMaterialPage(
                    title=title,
                    slug=f"{slugify(title)[:40].strip('-')}-{i + 1}",
                    summary=item.get("summary") or item["goal"],
                    meeting_type=item["meeting_type"],
                    focus_area=item["focus_area"],
                    duration_minutes=item["duration_minutes"],
                    goal=other["goal"],
                    agenda=[{"type": "item", "value": a} for a in item["agenda"]],
                    reflection_questions=[
                        {"type": "question", "value": {"question": q}}
                        for q in other["reflection_questions"]
                    ],
                    practice_task=item["practice_task"],
                    **published(),
                )
            )
        with tqdm(total=n_meetings, desc="Møtemateriell", unit="side", file=out) as bar:
            bulk_add_children(
                MeetingMaterialIndexPage.objects.get(), meetings, progress=bar
            )
    return counts()


def counts():
    from measures.models import MeasurePage, VisualSupport
    from portal.models import MeetingMaterialPage, WheelPeriodPage

    return {
        "measures": MeasurePage.objects.count(),
        "visual_supports": VisualSupport.objects.count(),
        "meeting_materials": MeetingMaterialPage.objects.count(),
        "wheel_periods": WheelPeriodPage.objects.count(),
    }


# --- Measuring, inside a worker ---


def logged_in_client():
    from django.contrib.auth import get_user_model
    from django.test import Client

    user_model = get_user_model()
    user = user_model.objects.filter(username="ansatt").first()
    if user is None:
        user = user_model.objects.create_user("bench-ansatt")
    client = Client()
    client.force_login(user)
    return client


def _get(client, url, params=None):
    response = client.get(url, params or {})
    if response.status_code != 200:
        raise RuntimeError(f"GET {url} {params or ''} gave {response.status_code}")
    return response


def count_queries(fn):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        fn()
    return len(captured)


def measure_search(client, repeat, out=sys.stderr):
    """/sok/ warm (a repeated query: search/service.py caches what it finds) and
    cold (the content generation raised first), ``service.search()`` cold, and
    the raw backend query that the view sends (search/rank.py), never cached."""
    from django.http import QueryDict
    from wagtail.search.backends import get_search_backend

    from measures.models import VisualSupport
    from portal import kinds
    from portal.page_cache import bump_generation
    from search import rank, service

    backend = get_search_backend()

    def raw(q):
        parsed = service.parse(q)
        return rank.ranked_rows(
            backend,
            parsed.concepts,
            "and",
            service.candidate_pages(),
            VisualSupport.objects.all(),
            kinds.page_models(),
        )

    # Cold: the content generation goes up first, as after a publish, so nothing
    # the search cached is used (search/service.py); the rest of the process
    # (Wagtail's site root paths, compiled templates) stays warm, as in a worker
    # that has served for a while.
    # The publish itself (one UPDATE) happens before the clock starts.
    def service_cold(q):
        return service.search(QueryDict(urlencode({"q": q})))

    service_cold.before = bump_generation

    def view(q):
        return _get(client, "/sok/", {"q": q})

    def view_cold(q):
        return _get(client, "/sok/", {"q": q})

    view_cold.before = bump_generation

    # In this order each "view" repeats the request "view_cold" has just made,
    # under the same content generation: what a second reader of the same search
    # gets. (Before the results' HTML was cached, "view" followed "service",
    # which had raised the generation: only the outcome was cached then.)
    result = _measure(
        QUERIES,
        {"raw": raw, "service": service_cold, "view_cold": view_cold, "view": view},
        repeat,
        "Søk",
        out,
    )
    result["view_cold_over_raw_p50"] = round(
        result["view_cold"]["p50"] / max(result["raw"]["p50"], 0.001), 2
    )
    result["wagtail_api"] = measure_wagtail_api(backend, out)
    return result


# Wagtail's own search API is slow on SQLite at this size (seconds per query):
# timed once per query, within this budget, for reference only.
WAGTAIL_API_BUDGET_S = 90


def measure_wagtail_api(backend, out):
    """``backend.search(PlainText(q), MeasurePage.objects.live())[:20]``, once per
    query: what the portal would cost with Wagtail's search() (reference)."""
    from wagtail.search.query import PlainText

    from measures.models import MeasurePage

    samples = []
    started = time.perf_counter()
    for q in tqdm(QUERIES, desc="Wagtails søke-API", unit="søk", file=out):
        if time.perf_counter() - started > WAGTAIL_API_BUDGET_S:
            break
        samples.append(
            elapsed_ms(
                lambda q=q: list(
                    backend.search(PlainText(q), MeasurePage.objects.live())[:20]
                )
            )
        )
    return {**summary(samples), "queries": len(samples)}


def repetitions(repeat, warm_up_seconds):
    """``repeat``, fewer for a query that is very slow, so a run ends in time."""
    if warm_up_seconds <= SLOW_QUERY_BUDGET_S / repeat:
        return repeat
    return max(1, int(SLOW_QUERY_BUDGET_S / warm_up_seconds))


def _before(call):
    """Run what a call needs first, outside its timing (``call.before``)."""
    before = getattr(call, "before", None)
    if before is not None:
        before()


def _measure(queries, calls, repeat, label, out):
    """Warm-up, SQL count and ``repeat`` timings of every call for every query."""
    samples = {key: [] for key in calls}
    per_query = []
    for q in tqdm(queries, desc=label, unit="søk", file=out):
        started = time.perf_counter()
        warm = {}
        for key, call in calls.items():
            _before(call)
            warm[key] = call(q)
        reps = repetitions(repeat, time.perf_counter() - started)
        mine = {key: [] for key in calls}
        for _ in range(reps):
            for key, call in calls.items():
                _before(call)
                mine[key].append(elapsed_ms(lambda c=call, q=q: c(q)))
        # Counted after the warm-up, which also creates thumbnails once.
        warm["sql_queries"] = count_queries(lambda c=calls["view"], q=q: c(q))
        if "view_cold" in calls:
            _before(calls["view_cold"])
            warm["sql_queries_cold"] = count_queries(
                lambda c=calls["view_cold"], q=q: c(q)
            )
        for key, values in mine.items():
            # Every query weighs the same in p50/p95, however often it ran.
            samples[key].extend((values * repeat)[:repeat])
        row = {"q": q, "repetitions": reps, "sql_queries": warm["sql_queries"]}
        if "sql_queries_cold" in warm:
            row["sql_queries_cold"] = warm["sql_queries_cold"]
        if isinstance(warm["raw"], list):
            row["raw_hits"] = len(warm["raw"])
        elif hasattr(warm["raw"], "pages"):
            row["raw_hits"] = len(warm["raw"].pages) + len(warm["raw"].images)
        if "service" in warm:
            row["total"] = warm["service"].total
            row["backend"] = warm["service"].backend
        row.update(
            {f"{k}_p50": round(statistics.median(v), 2) for k, v in mine.items()}
        )
        per_query.append(row)
    return _latency_result(samples, per_query)


def measure_suggest(client, repeat, out=sys.stderr):
    """/sok/forslag/ against the backend query it sends (search/rank.py)."""
    from wagtail.search.backends import get_search_backend

    from measures.models import VisualSupport
    from portal import kinds
    from search import rank, service
    from search.normalize import WORD_RE, fold

    backend = get_search_backend()

    def raw(q):
        return rank.suggested_ids(
            backend,
            WORD_RE.findall(fold(q)),
            service.candidate_pages(),
            VisualSupport.objects.all(),
            kinds.page_models(),
            8,
            4,
        )

    def view(q):
        return _get(client, "/sok/forslag/", {"q": q})

    return _measure(
        SUGGEST_PREFIXES, {"raw": raw, "view": view}, repeat, "Forslag", out
    )


def _latency_result(samples, per_query):
    result = {key: summary(values) for key, values in samples.items()}
    result["view_over_raw_p50"] = round(
        result["view"]["p50"] / max(result["raw"]["p50"], 0.001), 2
    )
    result["view_over_raw_p95"] = round(
        result["view"]["p95"] / max(result["raw"]["p95"], 0.001), 2
    )
    result["sql_queries_median"] = statistics.median(
        q["sql_queries"] for q in per_query
    )
    if all("sql_queries_cold" in q for q in per_query):
        result["sql_queries_cold_median"] = statistics.median(
            q["sql_queries_cold"] for q in per_query
        )
    result["per_query"] = per_query
    return result


def page_urls():
    from measures.models import MeasurePage

    measures = list(MeasurePage.objects.live().order_by("pk").values_list("pk"))
    chosen = (
        [measures[i * len(measures) // 10][0] for i in range(10)] if measures else []
    )
    measure_urls = [
        page.url for page in MeasurePage.objects.filter(pk__in=chosen).order_by("pk")
    ]
    from django.urls import NoReverseMatch, reverse

    optional = {}
    for name, url_name in OPTIONAL_PAGES.items():
        try:
            optional[name] = [reverse(url_name)]
        except NoReverseMatch:
            optional[name] = []
    return {
        "home": ["/"],
        "measure": measure_urls,
        "measure_list": ["/tiltak/", "/tiltak/?fokusomrade=lek-og-laering"],
        "gallery": ["/visuell-stotte/"],
        **optional,
    }


# Pages the quality issue lists by URL name, measured when the portal has them.
OPTIONAL_PAGES = {"saved_items": "saved_list"}


def measure_pages(client, runs, out=sys.stderr):
    results = {}
    for name, urls in tqdm(page_urls().items(), desc="Sider", unit="side", file=out):
        if not urls:
            results[name] = {"skipped": "the portal has no such page (yet)"}
            continue
        for url in urls:
            _get(client, url)  # warm-up (renditions, caches)
        samples = []
        per_url = max(1, runs // len(urls))
        for _ in range(per_url):
            for url in urls:
                samples.append(elapsed_ms(lambda url=url: _get(client, url)))
        queries = [count_queries(lambda url=url: _get(client, url)) for url in urls]
        results[name] = {
            **summary(samples),
            "sql_queries": max(queries),
            "urls": urls if len(urls) <= 2 else [*urls[:2], "…"],
        }
    return results


def measure_page_throughput(client, out=sys.stderr):
    """A measure page under wrk through gunicorn with 2 workers (bench/loadtest.py).

    BENCH_LOAD_SECONDS sets the duration (15 s; 0 skips it)."""
    from bench.loadtest import measure_throughput

    seconds = int(os.environ.get("BENCH_LOAD_SECONDS", "15"))
    urls = page_urls()["measure"]
    if not seconds or not urls:
        return {"skipped": "BENCH_LOAD_SECONDS=0" if urls else "no measures"}
    try:
        return measure_throughput(client, urls[0], duration_s=seconds, out=out)
    except RuntimeError as error:
        out.write(f"Lasttest feilet: {error}\n")
        return {"skipped": f"failed: {error}"}


def profile_search(client, path, out=sys.stderr):
    """cProfile over one view call per query, written to ``path``."""
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.enable()
    for q in QUERIES:
        _get(client, "/sok/", {"q": q})
    profiler.disable()
    with open(path, "w") as handle:
        stats = pstats.Stats(profiler, stream=handle)
        stats.sort_stats("cumulative").print_stats(60)
        stats.sort_stats("tottime").print_stats(30)
    out.write(f"Profil skrevet til {path}\n")


def worker(name, size, repeat, page_runs, generate_data, profile_path, out):
    """One backend, in this process: data, index, measurements; returns a dict."""
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import override_settings

    backends = {
        key: {**value, "INDEX_PREFIX": INDEX_PREFIX}
        if "INDEX_PREFIX" in value
        else value
        for key, value in settings.WAGTAILSEARCH_BACKENDS.items()
    }
    media_root = os.environ.get("BENCH_MEDIA_ROOT") or settings.MEDIA_ROOT
    result = {
        "label": BACKEND_LABELS.get(name, name),
        "database": connection.vendor,
        "search_backend": settings.SEARCH_BACKEND,
        "timings_s": {},
    }
    timings = result["timings_s"]
    quiet = io.StringIO()
    with override_settings(WAGTAILSEARCH_BACKENDS=backends, MEDIA_ROOT=media_root):
        if generate_data:
            out.write(f"[{name}] migrate …\n")
            started = time.perf_counter()
            call_command("migrate", verbosity=0, stdout=quiet)
            timings["migrate"] = round(time.perf_counter() - started, 1)
            out.write(f"[{name}] demoinnhold …\n")
            started = time.perf_counter()
            call_command("load_demo", stdout=quiet, stderr=quiet)
            timings["demo"] = round(time.perf_counter() - started, 1)
            started = time.perf_counter()
            generate(size, out=out)
            timings["generate"] = round(time.perf_counter() - started, 1)
        result["counts"] = counts()
        for backend_name in backends:
            if backend_name != "default" and not generate_data:
                continue  # the database fallback was built with the data it reuses
            out.write(f"[{name}] update_index --backend {backend_name} …\n")
            started = time.perf_counter()
            call_command(
                "update_index", backend_name=backend_name, stdout=quiet, stderr=out
            )
            key = "index_build" if backend_name == "default" else "index_build_fallback"
            timings[key] = round(time.perf_counter() - started, 1)
        if connection.vendor == "postgresql":
            # After a bulk load, as autovacuum would do within minutes on a live
            # server: planner statistics and the visibility map for the new rows.
            out.write(f"[{name}] VACUUM ANALYZE …\n")
            started = time.perf_counter()
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE")
            timings["vacuum_analyze"] = round(time.perf_counter() - started, 1)
        # As a served worker does once its application is loaded (portal/wsgi.py).
        from portal.wsgi import freeze_startup_objects

        freeze_startup_objects()
        client = logged_in_client()
        result["search"] = measure_search(client, repeat, out)
        result["suggest"] = measure_suggest(client, repeat, out)
        if generate_data:
            result["pages"] = measure_pages(client, page_runs, out)
            result["throughput"] = measure_page_throughput(client, out)
        if profile_path:
            profile_search(client, profile_path, out)
        if settings.SEARCH_BACKEND != "database" and not os.environ.get("BENCH_KEEP"):
            from wagtail.search.backends import get_search_backend

            get_search_backend("default").es.indices.delete(index=f"{INDEX_PREFIX}*")
    return result


# --- The orchestrator ---


def engine_available():
    import requests

    try:
        health = requests.get(f"{ENGINE_URL}/_cluster/health", timeout=3).json()
    except Exception as error:  # any connection or decoding problem
        return False, f"no engine at {ENGINE_URL} ({type(error).__name__})"
    if health.get("status") not in ("green", "yellow"):
        return False, f"engine at {ENGINE_URL} is {health.get('status')}"
    return True, ""


def _with_database(url, name):
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def postgres_create():
    """Drop and create the bench database; returns (url, '') or (None, reason)."""
    import psycopg

    try:
        with psycopg.connect(
            _with_database(POSTGRES_URL, "postgres"), autocommit=True, connect_timeout=3
        ) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{POSTGRES_DB}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{POSTGRES_DB}"')
    except psycopg.Error as error:
        reason = str(error).strip().splitlines()[0] if str(error).strip() else ""
        return None, (
            f"PostgreSQL not reachable at {urlsplit(POSTGRES_URL).hostname} "
            f"({reason}); start it with `bash .ci/postgres.sh`"
        )
    return _with_database(POSTGRES_URL, POSTGRES_DB), ""


def postgres_drop():
    import psycopg

    with psycopg.connect(
        _with_database(POSTGRES_URL, "postgres"), autocommit=True, connect_timeout=3
    ) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{POSTGRES_DB}" WITH (FORCE)')


def run_worker(name, env, size, repeat, page_runs, generate_data, profile, out):
    """Run one backend in a subprocess; returns its result dict."""
    with tempfile.NamedTemporaryFile(
        prefix=f"bench-{name}-", suffix=".json", delete=False
    ) as handle:
        result_path = handle.name
    command = [
        sys.executable,
        str(BASE_DIR / "manage.py"),
        "bench",
        "--worker",
        name,
        "--size",
        str(size),
        "--repeat",
        str(repeat),
        "--page-runs",
        str(page_runs),
        "--result",
        result_path,
    ]
    if not generate_data:
        command.append("--no-generate")
    if profile:
        command += [
            "--profile-path",
            f"{tempfile.gettempdir()}/bench-profile-{name}.txt",
        ]
    full_env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "SEARCH_INDEX_PREFIX": INDEX_PREFIX,
        "PYTHONUNBUFFERED": "1",
        **env,
    }
    started = time.perf_counter()
    completed = subprocess.run(command, env=full_env, cwd=BASE_DIR, check=False)  # noqa: S603
    try:
        if completed.returncode != 0:
            raise RuntimeError(f"the {name} run failed (exit {completed.returncode})")
        result = json.loads(Path(result_path).read_text())
    finally:
        Path(result_path).unlink(missing_ok=True)
    result["wall_s"] = round(time.perf_counter() - started, 1)
    result["measured_at"] = timezone.now().isoformat(timespec="seconds")
    out.write(f"[{name}] ferdig på {result['wall_s']} s\n")
    return result


def run(size, backends, repeat, page_runs, keep, profile, out=sys.stderr):
    results = {
        "generated_at": timezone.now().isoformat(timespec="seconds"),
        "machine": machine(),
        "size": size,
        "repeat": repeat,
        "queries": QUERIES,
        "suggest_prefixes": SUGGEST_PREFIXES,
        "targets": TARGETS,
        "backends": {},
        "skipped": {},
    }
    # Backends not run this time keep their last result at the same size.
    previous = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    if previous.get("size") == size:
        for name, result in previous.get("backends", {}).items():
            if name not in backends:
                result.setdefault("measured_at", previous["generated_at"])
                results["backends"][name] = result
    media_root = tempfile.mkdtemp(prefix="portal-bench-media-")
    sqlite_files = []

    def sqlite_url(name):
        path = Path(tempfile.gettempdir()) / f"bench-{name}-{os.getpid()}.sqlite3"
        path.unlink(missing_ok=True)
        sqlite_files.append(path)
        return f"sqlite:///{path}"

    base_env = {"BENCH_MEDIA_ROOT": media_root}
    if keep:
        base_env["BENCH_KEEP"] = "1"
    postgres_url = None
    try:
        if "sqlite" in backends:
            results["backends"]["sqlite"] = run_worker(
                "sqlite",
                {
                    **base_env,
                    "DATABASE_URL": sqlite_url("sqlite"),
                    "SEARCH_BACKEND": "database",
                },
                size,
                repeat,
                page_runs,
                True,
                profile,
                out,
            )
        if "postgresql" in backends:
            postgres_url, reason = postgres_create()
            if postgres_url:
                results["backends"]["postgresql"] = run_worker(
                    "postgresql",
                    {
                        **base_env,
                        "DATABASE_URL": postgres_url,
                        "SEARCH_BACKEND": "database",
                    },
                    size,
                    repeat,
                    page_runs,
                    True,
                    profile,
                    out,
                )
            else:
                results["skipped"]["postgresql"] = reason
                out.write(f"[postgresql] hoppet over: {reason}\n")
        if "engine" in backends:
            ok, reason = engine_available()
            if ok:
                # The engine answers next to PostgreSQL in production; reuse its data
                # when PostgreSQL ran this time (results kept from an earlier run
                # have no database left to reuse).
                reuse = postgres_url is not None
                results["backends"]["engine"] = run_worker(
                    "engine",
                    {
                        **base_env,
                        "DATABASE_URL": postgres_url if reuse else sqlite_url("engine"),
                        "SEARCH_BACKEND": ENGINE_BACKEND,
                        "SEARCH_URL": ENGINE_URL,
                    },
                    size,
                    repeat,
                    page_runs,
                    not reuse,
                    profile,
                    out,
                )
            else:
                reason += "; start it with `make search-engine`"
                results["skipped"]["engine"] = reason
                out.write(f"[engine] hoppet over: {reason}\n")
    finally:
        if not keep:
            shutil.rmtree(media_root, ignore_errors=True)
            for path in sqlite_files:
                for suffix in ("", "-wal", "-shm", "-journal"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
            if postgres_url:
                postgres_drop()
    check_targets(results)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    write_report(results)
    return results


def check_targets(results):
    for name, result in results["backends"].items():
        limit = TARGETS["search_p95_ms"].get(name)
        search = result["search"]
        result["targets_met"] = {
            "search_view_p95": search["view"]["p95"] <= limit if limit else None,
            "search_view_cold_p95": (
                search["view_cold"]["p95"] <= limit if limit else None
            ),
            "view_over_raw": search["view_over_raw_p50"] <= TARGETS["view_over_raw"],
        }


# --- The report ---


def _ms(value):
    return f"{value:.0f}" if value >= 10 else f"{value:.1f}"


def _yes_no(value):
    return "–" if value is None else ("yes" if value else "**no**")


def report_table(results):
    m = results["machine"]
    lines = [
        f"Run {results['generated_at']} on {m['nproc']} cores, {m['ram_gib']} GiB RAM "
        f"(Python {m['python']}), `BENCH_SIZE={results['size']}`, each query "
        f"{results['repeat']}× after a warm-up. Times in ms unless marked s.",
        "",
        "**Search** (30 queries; view = GET /sok/ as a logged-in user, the same "
        "request again under the same content generation: the outcome and the "
        "results' HTML come from the cache; cold = the same with the content "
        "generation raised first, as after a publish; service = "
        "`service.search()` in-process, cold; raw = the backend "
        "query the view sends (search/rank.py: FTS5 bm25, PostgreSQL ts_rank or "
        "one engine msearch), never cached; Wagtail API = "
        "`backend.search(PlainText(q), MeasurePage.objects.live())[:20]` once "
        "per query, for reference)",
        "",
        "| backend | measures / images / meetings | generate s | index build s "
        "| view p50 / p95 | view cold p50 / p95 | service cold p50 / p95 "
        "| raw p50 / p95 | Wagtail API p50 / p95 | view ÷ raw (p50) "
        "| cold ÷ raw (p50) | SQL per search (cold) | p95 target | met? "
        "| met cold? | ≤ 1.5× raw? |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: "
        "| ---: | ---: | ---: | --- | --- | --- |",
    ]
    for name, r in results["backends"].items():
        c, t, s = r["counts"], r["timings_s"], r["search"]
        w = s["wagtail_api"]
        generate_s = t.get("generate", "reused")
        index = f"{t['index_build']}"
        if "index_build_fallback" in t:
            index += f" (+ {t['index_build_fallback']} database fallback)"
        lines.append(
            f"| {r['label']} | {c['measures']} / {c['visual_supports']} / "
            f"{c['meeting_materials']} | {generate_s} | {index} "
            f"| {_ms(s['view']['p50'])} / {_ms(s['view']['p95'])} "
            f"| {_ms(s['view_cold']['p50'])} / {_ms(s['view_cold']['p95'])} "
            f"| {_ms(s['service']['p50'])} / {_ms(s['service']['p95'])} "
            f"| {_ms(s['raw']['p50'])} / {_ms(s['raw']['p95'])} "
            f"| {_ms(w['p50'])} / {_ms(w['p95'])} ({w['queries']} queries) "
            f"| {s['view_over_raw_p50']}× | {s['view_cold_over_raw_p50']}× "
            f"| {s['sql_queries_median']:g} ({s['sql_queries_cold_median']:g}) "
            f"| ≤ {TARGETS['search_p95_ms'].get(name, '–')} "
            f"| {_yes_no(r['targets_met']['search_view_p95'])} "
            f"| {_yes_no(r['targets_met']['search_view_cold_p95'])} "
            f"| {_yes_no(r['targets_met']['view_over_raw'])} |"
        )
    lines += [
        "",
        "**Suggestions** (12 prefixes; view = GET /sok/forslag/, raw = the "
        "backend query it sends: search/rank.py `suggested_ids()`)",
        "",
        "| backend | view p50 / p95 | raw p50 / p95 | view ÷ raw (p50) "
        "| SQL per request |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for r in results["backends"].values():
        s = r["suggest"]
        lines.append(
            f"| {r['label']} | {_ms(s['view']['p50'])} / {_ms(s['view']['p95'])} "
            f"| {_ms(s['raw']['p50'])} / {_ms(s['raw']['p95'])} "
            f"| {s['view_over_raw_p50']}× | {s['sql_queries_median']:g} |"
        )
    with_pages = {n: r for n, r in results["backends"].items() if r.get("pages")}
    if with_pages:
        names = list(next(iter(with_pages.values()))["pages"])
        lines += [
            "",
            "**Pages** (rendered in-process with the test client, logged in; "
            "median / p95 ms, SQL queries per request)",
            "",
            "| page | " + " | ".join(r["label"] for r in with_pages.values()) + " |",
            "| --- |" + " ---: |" * len(with_pages),
        ]
        for page in names:
            cells = []
            for r in with_pages.values():
                p = r["pages"].get(page, {})
                if "skipped" in p:
                    cells.append(f"– ({p['skipped']})")
                else:
                    cells.append(
                        f"{_ms(p['p50'])} / {_ms(p['p95'])} · {p['sql_queries']} SQL"
                    )
            lines.append(f"| {page.replace('_', ' ')} | " + " | ".join(cells) + " |")
        lines += throughput_table(with_pages)
    earlier = {
        r["label"]: r["measured_at"]
        for r in results["backends"].values()
        if r.get("measured_at", results["generated_at"]) < results["generated_at"]
    }
    if earlier:
        lines += ["", "Kept from an earlier run at the same size:"]
        lines += [f"- {label}: measured {at}" for label, at in earlier.items()]
    if results["skipped"]:
        lines += ["", "Skipped:"]
        lines += [f"- {name}: {why}" for name, why in results["skipped"].items()]
    return "\n".join(lines)


def throughput_table(with_pages):
    loads = {r["label"]: r.get("throughput") for r in with_pages.values()}
    loads = {label: t for label, t in loads.items() if t}
    if not loads:
        return []
    command = next(
        (t["load_generator"] for t in loads.values() if "load_generator" in t), ""
    )
    lines = [
        "",
        "**Measure page under load** (gunicorn with 2 sync workers and "
        f"`portal/gunicorn_conf.py`, logged in, body cached; `{command}`)",
        "",
        "| backend | requests/s | latency p50 / p90 / p99 ms | requests "
        "| non-200 / socket errors | ≥ 200/s? |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
    ]
    for label, t in loads.items():
        if "skipped" in t:
            lines.append(f"| {label} | – ({t['skipped']}) | | | | |")
            continue
        lat = t["latency_ms"]
        lines.append(
            f"| {label} | {t['rps']:.0f} "
            f"| {_ms(lat['p50'])} / {_ms(lat['p90'])} / {_ms(lat['p99'])} "
            f"| {t['requests']} | {t['non_200']} / {t['socket_errors']} "
            f"| {_yes_no(t['target_met'])} |"
        )
    return lines


REPORT_HEADER = """# Performance

`make bench` (`make bench BENCH_SIZE=1000` for another size; default 10 000
measures) generates content in throwaway databases, builds the search index and
measures search, suggestions and the main pages on every backend it can reach:
SQLite always, PostgreSQL when the local server answers (`bash .ci/postgres.sh`;
database `portal_bench`, dropped afterwards), OpenSearch when it runs
(`make search-engine`; indexes `bench_*`, deleted afterwards). The code is
`bench/runner.py`; every number, with each query's own timings, is also in
`bench/results/latest.json`.

How it measures:

- Content: the demo library, plus generated measures up to the size (each a
  variant of a demo measure, so a topical word hits a few percent to a few tens of
  percent of them), one visual support (a tiny PNG) per ten measures and one
  meeting material per fifty. Pages are inserted in bulk with treebeard paths;
  "index build" is `update_index` (engine, or database index, plus the
  vocabulary).
- Search: 30 fixed queries (exact, inflected, without æøå, typos, synonyms,
  several words), each once as warm-up and then 5 times. *view* is GET /sok/ with
  Django's test client as a logged-in user (middleware, `service.search()`, the
  query log and the template), repeating the request *view cold* has just made
  under the same content generation, so the outcome and the results' HTML come
  from the cache and only the reader's Lagre states, the query log and the page
  around the results are worked out; *view cold* raises the content generation
  first, as a publish does;
  *service* is `service.search()` alone, cold; *raw* is the backend query the
  view sends (search/rank.py), never cached; *Wagtail API* is
  `get_search_backend().search(PlainText(q), MeasurePage.objects.live())[:20]`,
  once per query, for reference. A query whose warm-up takes longer than 6 s is
  timed fewer times, but weighs the same as the others in p50/p95.
- Suggestions: 12 prefixes, GET /sok/forslag/ against the backend query it sends
  (search/rank.py `suggested_ids()`: an FTS5 prefix query on SQLite, Wagtail's
  `autocomplete()` elsewhere).
- Pages: home, 10 measures, the measure list (all and filtered), the gallery and
  saved items, rendered in-process after a warm-up; median/p95 and the SQL
  queries of one request. Then one measure page under load: gunicorn with 2
  workers and wrk for 15 s (bench/loadtest.py).

Targets at 10 000 measures on this 2-core machine: search p95 ≤ 100 ms on SQLite
and PostgreSQL, ≤ 50 ms on the engine; our view at most 1.5× the raw backend query.

## Latest run

"""


def write_report(results):
    table = f"{BEGIN_MARKER}\n{report_table(results)}\n{END_MARKER}"
    if REPORT.exists():
        text = REPORT.read_text()
        if BEGIN_MARKER in text and END_MARKER in text:
            before = text.split(BEGIN_MARKER)[0]
            after = text.split(END_MARKER, 1)[1]
            REPORT.write_text(f"{before}{table}{after}")
            return
        REPORT.write_text(f"{text.rstrip()}\n\n{table}\n")
        return
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(f"{REPORT_HEADER}{table}\n")
