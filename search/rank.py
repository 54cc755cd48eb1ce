"""The best matches as ids and scores, straight from each backend.

``backend.search(query, queryset)`` is Wagtail's general API: it returns model
instances, and on the database backends it scores every match inside one big
ORM query. That is too slow for the search page at scale (``make bench``,
docs/performance.md):

- SQLite: modelsearch scores with a *correlated* subquery that re-runs the FTS5
  ``MATCH`` for every matching row, so a search costs (matches)².
- PostgreSQL: ``(title || body) @@ query`` has no index to use, so every search
  reads every index entry.
- Engines: more than 100 results turn into the scroll API (several round trips),
  and every hit becomes a full ``Page`` instance only to read its id.

So the search page asks each backend for at most ``LIMIT`` (content type, id,
score) rows with one query of its own, over the same index Wagtail maintains
(modelsearch's ``IndexEntry`` tables, or the engine's indexes), and then keeps
only what is live and public (``visible``). Nothing here builds model instances.

Query terms are our normalised Norwegian terms (search/normalize.py), which are
plain letters and digits; they are still quoted for each syntax.
"""

import logging
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from modelsearch.conf import get_app_config
from wagtail.search.query import And, Or, PlainText

logger = logging.getLogger(__name__)

# Results per kind and search: five result pages, and what the facets count.
# Also the engine's largest page without the scroll API.
LIMIT = 100

# bm25 weights of modelsearch's FTS5 columns (autocomplete, body, title): the
# autocomplete column is not searched; titles weigh as the models' title boost.
SQLITE_WEIGHTS = (0.0, 1.0, 4.0)


# --- Query text for each syntax ---


def _alternatives(concept, quote, conjunction):
    return [
        "(" + f" {conjunction} ".join(quote(t) for t in alternative) + ")"
        for alternative in concept
    ]


def fts5_expression(concepts, operator):
    """An FTS5 MATCH expression over the body and title columns."""

    def quote(t):
        return '"' + t.replace('"', '""') + '"'

    parts = ["(" + " OR ".join(_alternatives(c, quote, "AND")) + ")" for c in concepts]
    joined = f" {operator.upper()} ".join(parts)
    return "{body title} : (" + joined + ")"


def tsquery_text(concepts, operator):
    """A to_tsquery() string: & for and, | for or."""

    def quote(t):
        return "'" + t.replace("'", "''").replace("\\", "\\\\") + "'"

    parts = ["(" + " | ".join(_alternatives(c, quote, "&")) + ")" for c in concepts]
    return (" & " if operator == "and" else " | ").join(parts)


def wagtail_query(concepts, operator):
    """The same query as Wagtail search query objects (for the engines)."""

    def concept_query(concept):
        alternatives = [PlainText(" ".join(alt), operator="and") for alt in concept]
        return alternatives[0] if len(alternatives) == 1 else Or(alternatives)

    parts = [concept_query(c) for c in concepts]
    if len(parts) == 1:
        return parts[0]
    return And(parts) if operator == "and" else Or(parts)


# --- Each backend's ranked rows: (content type id or None, object id, score) ---


def _sqlite_rows(concepts, operator, type_ids, limit):
    IndexEntry = get_app_config().get_model("IndexEntry")
    SQLiteFTSIndexEntry = get_app_config().get_model("SQLiteFTSIndexEntry")
    fts = SQLiteFTSIndexEntry._meta.db_table
    entries = IndexEntry._meta.db_table
    placeholders = ", ".join("%s" for _ in type_ids)
    weights = ", ".join(str(w) for w in SQLITE_WEIGHTS)
    # bm25() is lower for better matches; FTS5 scores every match in C, cheaply.
    sql = (
        f"SELECT e.content_type_id, e.object_id, bm25({fts}, {weights}) AS score "  # noqa: S608
        f"FROM {fts} JOIN {entries} e ON e.id = {fts}.rowid "
        f"WHERE {fts} MATCH %s AND e.content_type_id IN ({placeholders}) "
        "ORDER BY score, e.id LIMIT %s"
    )
    params = [fts5_expression(concepts, operator), *type_ids, limit]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [(ct, int(pk), -score) for ct, pk, score in cursor.fetchall()]


def _postgres_rows(concepts, operator, type_ids, limit, config):
    IndexEntry = get_app_config().get_model("IndexEntry")
    entries = IndexEntry._meta.db_table
    # ``title || body`` is the expression index from search's migration 0003.
    sql = (
        "SELECT content_type_id, object_id, "  # noqa: S608
        "ts_rank(title, q) * title_norm + ts_rank(body, q) AS score "
        f"FROM {entries}, to_tsquery(%s::regconfig, %s) q "
        "WHERE (title || body) @@ q AND content_type_id = ANY(%s) "
        "ORDER BY score DESC, id LIMIT %s"
    )
    params = [config, tsquery_text(concepts, operator), list(type_ids), limit]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [(ct, int(pk), score) for ct, pk, score in cursor.fetchall()]


def _engine_rows(backend, concepts, operator, querysets, limit):
    """One multi-search request with a body per index; a row list per queryset."""
    query = wagtail_query(concepts, operator)
    searches = []
    for queryset in querysets:
        results = backend.search(query, queryset)  # lazy: builds, does not send
        compiler = results.query_compiler
        # The primary key from its doc values, and no stored fields at all
        # ("_none_" skips even _id): the fetch phase then reads no stored-field
        # blocks. At 10 000 measures this halved the engine's own time (took
        # 4 → 2 ms p50, 8 → 4 ms p95; docs/performance.md).
        body = {
            "query": compiler.get_query(),
            "size": limit,
            "_source": False,
            "stored_fields": "_none_",
            "docvalue_fields": ["pk"],
        }
        sort = compiler.get_sort()
        if sort is not None:
            body["sort"] = sort
        searches += [{"index": backend.get_index_for_model(queryset.model).name}, body]
    if getattr(backend, "use_new_elasticsearch_api", False):
        response = backend.es.msearch(searches=searches)
    else:
        response = backend.es.msearch(body=searches)
    per_queryset = []
    for answer in response["responses"]:
        if "error" in answer:
            raise RuntimeError(f"search engine error: {answer['error']}")
        per_queryset.append(
            [
                (None, int(hit["fields"]["pk"][0]), hit["_score"])
                for hit in answer["hits"]["hits"]
            ]
        )
    return per_queryset


def _generic_rows(backend, concepts, operator, queryset, limit):
    """Any other backend (e.g. MySQL): Wagtail's API, primary keys only."""
    results = backend.search(
        wagtail_query(concepts, operator), queryset.only("pk")
    ).annotate_score("_score")[:limit]
    return [(None, obj.pk, obj._score) for obj in results]


def relative_scores(rows):
    """Rows with scores scaled to 0.1–1, best = 1, in the order given (best first).

    Backends differ in scale and sign; the rows come best first, which is all
    that is needed to put them on one scale.
    """
    if not rows:
        return []
    best, worst = rows[0][2] or 0.0, rows[-1][2] or 0.0
    if best == worst:
        return [(ct, pk, 1.0) for ct, pk, _score in rows]
    return [
        (ct, pk, ((score or 0.0) - worst) / (best - worst) * 0.9 + 0.1)
        for ct, pk, score in rows
    ]


@dataclass
class Rows:
    pages: list  # (content type id or None, pk, relevance 0.1–1), best first
    images: list
    capped: bool  # the backend had more matches than it returned


def ranked_rows(
    backend, concepts, operator, page_queryset, image_queryset, page_models
):
    """The best matching pages and images (``Rows``), at most ``LIMIT`` of each
    from an engine (one index each) and ``2 * LIMIT`` in all from the database
    (one query, where pages and images compete on one scale).

    Pages may include pages that are not live or public; ``service`` keeps only
    visible ones.
    """
    from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend
    from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend

    # One row more than is kept tells whether there were more matches.
    if isinstance(backend, ElasticsearchBaseSearchBackend):
        pages, images = _engine_rows(
            backend, concepts, operator, [page_queryset, image_queryset], LIMIT + 1
        )
        capped = len(pages) > LIMIT or len(images) > LIMIT
        return Rows(
            relative_scores(pages[:LIMIT]), relative_scores(images[:LIMIT]), capped
        )

    page_types = set(ContentType.objects.get_for_models(*page_models).values())
    image_type = ContentType.objects.get_for_model(image_queryset.model)
    type_ids = [ct.pk for ct in page_types] + [image_type.pk]
    limit = 2 * LIMIT
    if connection.vendor == "sqlite" and _has_fts5(backend):
        rows = _sqlite_rows(concepts, operator, type_ids, limit + 1)
    elif isinstance(backend, PostgresSearchBackend):
        rows = _postgres_rows(concepts, operator, type_ids, limit + 1, backend.config)
    else:
        pages = _generic_rows(backend, concepts, operator, page_queryset, LIMIT + 1)
        images = _generic_rows(backend, concepts, operator, image_queryset, LIMIT + 1)
        capped = len(pages) > LIMIT or len(images) > LIMIT
        return Rows(
            relative_scores(pages[:LIMIT]), relative_scores(images[:LIMIT]), capped
        )
    capped = len(rows) > limit
    rows = relative_scores(rows[:limit])
    return Rows(
        [row for row in rows if row[0] != image_type.pk],
        [row for row in rows if row[0] == image_type.pk],
        capped,
    )


def _has_fts5(backend):
    from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

    return isinstance(backend, SQLiteSearchBackend)


# --- Suggestions: titles that start like what is typed ---


def _sqlite_prefix_rows(words, type_ids, limit):
    """FTS5 prefix match on the folded titles (the autocomplete column)."""
    IndexEntry = get_app_config().get_model("IndexEntry")
    SQLiteFTSIndexEntry = get_app_config().get_model("SQLiteFTSIndexEntry")
    fts = SQLiteFTSIndexEntry._meta.db_table
    entries = IndexEntry._meta.db_table
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    expression = "{autocomplete} : (" + " AND ".join(quoted) + "*)"
    placeholders = ", ".join("%s" for _ in type_ids)
    sql = (
        f"SELECT e.content_type_id, e.object_id FROM {fts} "  # noqa: S608
        f"JOIN {entries} e ON e.id = {fts}.rowid "
        f"WHERE {fts} MATCH %s AND e.content_type_id IN ({placeholders}) "
        f"ORDER BY bm25({fts}, 1.0, 0.0, 0.0), e.id LIMIT %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [expression, *type_ids, limit])
        return [(ct, int(pk)) for ct, pk in cursor.fetchall()]


def suggested_ids(
    backend, words, page_queryset, image_queryset, page_models, limit, image_limit
):
    """(page ids, image ids), best first, whose titles start like ``words``.

    ``words`` are folded (search/normalize.py ``fold``); the last may be partly
    typed. Pages may include pages that are not live or public.
    """
    if connection.vendor == "sqlite" and _has_fts5(backend):
        page_types = ContentType.objects.get_for_models(*page_models).values()
        image_type = ContentType.objects.get_for_model(image_queryset.model).pk
        # Extra rows leave room for pages that turn out not to be visible.
        pages = _sqlite_prefix_rows(words, [ct.pk for ct in page_types], 2 * limit)
        images = _sqlite_prefix_rows(words, [image_type], image_limit)
        return [pk for _ct, pk in pages], [pk for _ct, pk in images]
    text = " ".join(words)
    pages = backend.autocomplete(text, page_queryset.only("pk"))[: 2 * limit]
    images = backend.autocomplete(text, image_queryset.only("pk"))[:image_limit]
    return [p.pk for p in pages], [i.pk for i in images]
