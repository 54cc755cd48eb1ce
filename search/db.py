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
ORM, and ``facet_rows`` reads the facets of all hits with one statement.
"""

import json

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import Lookup
from taggit.models import TaggedItem


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


def facet_rows(measure_ids, image_ids):
    """(kind key, "situation" or "tag", id, slug, name) for the given measures
    and visual supports, in one statement."""
    from measures.models import MeasurePage, MeasureTag, VisualSupport

    parts = []
    if measure_ids:
        parts += [
            (
                "tiltak",
                "situation",
                MeasurePage.situations.through,
                "measurepage",
                "situation",
                measure_ids,
            ),
            ("tiltak", "tag", MeasureTag, "content_object", "tag", measure_ids),
        ]
    if image_ids:
        parts += [
            (
                "visuell-stotte",
                "situation",
                VisualSupport.situations.through,
                "visualsupport",
                "situation",
                image_ids,
            ),
            ("visuell-stotte", "tag", TaggedItem, "object_id", "tag", image_ids),
        ]
    if not parts:
        return []
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
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(selects), params)
        return cursor.fetchall()
