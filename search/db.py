"""Database helpers for the cold path of /sok/ (a query not cached yet).

A search hands the database up to ``2 * rank.LIMIT`` ids at a time: to check
which are live and public, to read their situations and tags, to load the page
of results. With ``pk__in=[…]`` Django prepares every id on its own and writes
one placeholder per id, so the SQL text differs with every search and the driver
parses it anew each time (psycopg caches only repeated texts). At 10 000
measures these three steps took about half of a cold search on PostgreSQL, most
of it in Python (docs/performance.md).

``id_list`` sends the ids as one parameter instead (an array on PostgreSQL, a
JSON list on SQLite), so the SQL text is the same for any number of ids.
``pk__any_of=[…]`` (``AnyOf``, registered in ``apps.py``) is the same for the
ORM.

``search_facts`` then answers everything a new ranking needs from the database
in one statement (one round trip, no ORM compilation): which of the ranked pages
are live, public and of a searchable type, with their focus area; which ranked
visual supports still exist; the situations and tags of both;
and whether editors recommend anything for the query. Before, these were six
statements (view restrictions, pages, images, facets, promotions) and about 12
ms of a cold engine search (docs/performance.md).
"""

import json
from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.db import connection
from django.db.models import Lookup
from taggit.models import TaggedItem
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
)

from measures.models import MeasurePage, MeasureTag, VisualSupport
from portal import kinds


def id_list(ids, vendor=None):
    """(SQL after a column, params): the column is one of ``ids``."""
    ids = [int(pk) for pk in ids]
    vendor = vendor or connection.vendor
    if vendor == "postgresql":
        return "= ANY(%s::bigint[])", [ids]
    if vendor == "sqlite":
        return "IN (SELECT value FROM json_each(%s))", [json.dumps(ids)]
    if not ids:
        return "IN (NULL)", []
    return "IN (" + ", ".join("%s" for _ in ids) + ")", ids


class AnyOf(Lookup):
    """``field__any_of=[ids]``: ``field__in`` with the ids as one parameter."""

    lookup_name = "any_of"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        sql, params = id_list(self.rhs, connection.vendor)
        return f"{lhs} {sql}", [*lhs_params, *params]


def _facet_selects(measure_ids, image_ids):
    """(SELECT statements, params) for the situations and tags of the given
    measures and visual supports: facet rows (kind key, "situation" or "tag",
    id, slug, name)."""
    measure_kind = kinds.for_model(MeasurePage).key
    image_kind = kinds.for_model(VisualSupport).key
    parts = []
    if measure_ids:
        parts += [
            (
                measure_kind,
                "situation",
                MeasurePage.situations.through,
                "measurepage",
                "situation",
                measure_ids,
            ),
            (measure_kind, "tag", MeasureTag, "content_object", "tag", measure_ids),
        ]
    if image_ids:
        parts += [
            (
                image_kind,
                "situation",
                VisualSupport.situations.through,
                "visualsupport",
                "situation",
                image_ids,
            ),
            (image_kind, "tag", TaggedItem, "object_id", "tag", image_ids),
        ]
    image_type = ContentType.objects.get_for_model(VisualSupport).pk
    selects, params = [], []
    for kind, facet, link, owner, target, ids in parts:
        link_table = link._meta.db_table
        owner_column = link._meta.get_field(owner).column
        target_field = link._meta.get_field(target)
        target_table = target_field.related_model._meta.db_table
        condition, ids_params = id_list(ids)
        where = f"l.{owner_column} {condition}"
        if link is TaggedItem:  # taggit's generic link: only visual supports' rows
            where = f"l.content_type_id = %s AND {where}"
            ids_params = [image_type, *ids_params]
        selects.append(
            f"SELECT '{kind}', '{facet}', l.{owner_column}, t.slug, t.name "  # noqa: S608
            f"FROM {link_table} l "
            f"JOIN {target_table} t ON t.id = l.{target_field.column} "
            f"WHERE {where}"
        )
        params += ids_params
    return selects, params


@dataclass
class SearchFacts:
    pages: dict = field(default_factory=dict)  # pk → (content type id, focus area)
    images: set = field(default_factory=set)  # pks of visual supports that exist
    facets: list = field(default_factory=list)  # facet rows of all ranked ids
    promoted: bool = False  # editors recommend something for the query


def _visible_pages(page_ids, page_models, joins=""):
    """(FROM … WHERE …, params): the live, public pages among ``page_ids`` of
    ``page_models`` and their subclasses, as ``p`` (``joins`` go between).

    As Wagtail's ``live().public().type(…)``; "public": not at or below a page
    with a view restriction of any kind.
    """
    page_table = Page._meta.db_table
    restriction_table = PageViewRestriction._meta.db_table
    restricted_page = PageViewRestriction._meta.get_field("page").column
    types = {m for m in apps.get_models() if issubclass(m, tuple(page_models))}
    type_ids = sorted(
        ct.pk for ct in ContentType.objects.get_for_models(*types).values()
    )
    condition, params = id_list(page_ids)
    sql = (
        f"FROM {page_table} p {joins} "  # noqa: S608 (our own tables)
        f"WHERE p.id {condition} AND p.live "
        f"AND p.content_type_id IN ({', '.join('%s' for _ in type_ids)}) "
        f"AND NOT EXISTS (SELECT 1 FROM {restriction_table} r "
        f"JOIN {page_table} rp ON rp.id = r.{restricted_page} "
        f"WHERE SUBSTR(p.path, 1, LENGTH(rp.path)) = rp.path)"
    )
    return sql, [*params, *type_ids]


def _open_images():
    """SQL condition on the visual-support table: the image lies in no collection
    with a view restriction, nor below one (as portal.access.open_images)."""
    image_table = VisualSupport._meta.db_table
    collection_table = Collection._meta.db_table
    restriction_table = CollectionViewRestriction._meta.db_table
    restricted = CollectionViewRestriction._meta.get_field("collection").column
    return (
        f"NOT EXISTS (SELECT 1 FROM {restriction_table} r "  # noqa: S608 (our own tables)
        f"JOIN {collection_table} rc ON rc.id = r.{restricted} "
        f"JOIN {collection_table} ic ON ic.id = {image_table}.collection_id "
        "WHERE SUBSTR(ic.path, 1, LENGTH(rc.path)) = rc.path)"
    )


def _page_select(page_ids, page_models):
    """SELECT of the visible pages (``_visible_pages``): rows ("page", "", id,
    focus area or NULL, content type id as text)."""
    joins, areas = [], []
    for n, model in enumerate(page_models):
        try:
            area = model._meta.get_field("focus_area")
        except FieldDoesNotExist:
            continue
        table = area.model._meta  # the table that holds the field
        joins.append(
            f"LEFT JOIN {table.db_table} a{n} ON a{n}.{table.pk.column} = p.id"
        )
        areas.append(f"a{n}.{area.column}")
    focus_area = f"COALESCE({', '.join(areas)}, NULL)" if areas else "NULL"
    where, params = _visible_pages(page_ids, page_models, " ".join(joins))
    return (
        f"SELECT 'page', '', p.id, {focus_area}, "
        f"CAST(p.content_type_id AS VARCHAR(20)) {where}",
        params,
    )


def suggestion_rows(page_ids, image_ids, page_models):
    """For the search box's suggestions, in one statement: (id, title, url_path,
    content type id) of the visible pages among ``page_ids`` (``_visible_pages``)
    and (id, title, None, None) of the visual supports among ``image_ids`` that
    still exist, pages first."""
    selects, params = [], []
    if page_ids:
        where, page_params = _visible_pages(page_ids, page_models)
        selects.append(
            "SELECT 'page', p.id, p.title, p.url_path, p.content_type_id " + where
        )
        params += page_params
    if image_ids:
        condition, image_params = id_list(image_ids)
        selects.append(
            "SELECT 'image', id, title, NULL, NULL "  # noqa: S608 (our own table)
            f"FROM {VisualSupport._meta.db_table} WHERE id {condition} "
            f"AND {_open_images()}"
        )
        params += image_params
    if not selects:
        return [], []
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(selects), params)
        rows = cursor.fetchall()
    return (
        [row[1:] for row in rows if row[0] == "page"],
        [row[1:] for row in rows if row[0] == "image"],
    )


def search_facts(page_ids, image_ids, page_models, query_string):
    """``SearchFacts`` of ranked page and image ids, in one statement.

    ``page_models``: the searchable page types; ``query_string``: the query as
    normalised for recommended results (Wagtail's ``normalise_query_string``).
    """
    # Every SELECT gives five columns; the first says what the row is: "page",
    # "image", "promotion", or a kind key for a facet row (``_facet_selects``).
    selects, params = [], []
    if page_ids:
        sql, page_params = _page_select(page_ids, page_models)
        selects.append(sql)
        params += page_params
    if image_ids:
        condition, image_params = id_list(image_ids)
        selects.append(
            f"SELECT 'image', '', id, '', '' "  # noqa: S608 (our own table)
            f"FROM {VisualSupport._meta.db_table} WHERE id {condition} "
            f"AND {_open_images()}"
        )
        params += image_params
    # Situations and tags of every ranked measure and image; which of them are
    # visible is decided by the page and image rows of the same statement. Ids
    # of other page types simply have no rows in the measures' link tables.
    facet_selects, facet_params = _facet_selects(page_ids, image_ids)
    selects += facet_selects
    params += facet_params
    query_column = SearchPromotion._meta.get_field("query").column
    selects.append(
        "SELECT 'promotion', '', COUNT(*), '', '' "  # noqa: S608 (Wagtail's tables)
        f"FROM {SearchPromotion._meta.db_table} sp "
        f"JOIN {Query._meta.db_table} q ON q.id = sp.{query_column} "
        "WHERE q.query_string = %s"
    )
    params.append(query_string)
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(selects), params)
        rows = cursor.fetchall()
    facts = SearchFacts()
    for what, facet, pk, text, other in rows:
        if what == "page":
            facts.pages[pk] = (int(other), text or None)
        elif what == "image":
            facts.images.add(pk)
        elif what == "promotion":
            facts.promoted = pk > 0
        else:
            facts.facets.append((what, facet, pk, text, other))
    return facts
