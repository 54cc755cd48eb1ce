"""A GIN index on ``title || body`` of the index entries of Wagtail's database search
backend (modelsearch's ``IndexEntry``, in the ``wagtailsearch`` app) (PostgreSQL).

search/rank.py matches ``(title || body) @@ query`` so that the words of a query
may be spread over the title and the text. modelsearch indexes the two columns
separately, so without this expression index every search reads every entry
(docs/performance.md). Other databases do nothing here.
"""

from django.db import migrations

INDEX = "search_indexentry_title_body_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    table = apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON {table} USING gin ((title || body))"
    )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("portal_search", "0002_editor_search_permissions"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop, elidable=False)]
