"""An index on Wagtail's pages by ``last_published_at``, newest first.

The home page lists the newest measures of the period's themes and the recently
updated pages, ordered by ``-last_published_at``. Without an index the database
sorts every live page on each view (about 25 ms of a home page on PostgreSQL at
10 000 measures, docs/performance.md); with it, it reads the newest few. The
table is Wagtail's, so the index is added here with plain SQL (SQLite and
PostgreSQL both accept it).
"""

from django.db import migrations

INDEX = "portal_page_last_published_desc"


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0005_content_generation"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX IF NOT EXISTS {INDEX} "
            "ON wagtailcore_page (last_published_at DESC)",
            f"DROP INDEX IF EXISTS {INDEX}",
            elidable=False,
        )
    ]
