"""``manage.py backup`` / ``restore``: a backup restored into an empty database is
the same site: every row (content, saved items, self-assessments) and every file.

The site is built and restored in subprocesses against their own databases (a
temporary SQLite file, or two scratch PostgreSQL databases when the suite runs on
PostgreSQL), exactly as an operator runs the commands.
"""

import hashlib
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
POSTGRES = settings.DATABASES["default"]["ENGINE"].endswith("postgresql")


class Site:
    """A database + MEDIA_ROOT pair the management commands run against."""

    def __init__(self, database_url, media_root):
        self.database_url = database_url
        self.media_root = Path(media_root)

    def manage(self, *args, check=True):
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
            "DATABASE_URL": self.database_url,
            "MEDIA_ROOT": str(self.media_root),
            # The database backend: an engine's indexes would be shared.
            "SEARCH_BACKEND": "database",
        }
        result = subprocess.run(  # noqa: S603
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=False,
            timeout=600,
        )
        if check:
            assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
        return result

    def rows(self):
        """Every row of every table, as dumpdata sees them."""
        output = self.manage("dumpdata", "--indent", "0").stdout
        return json.loads(output)

    def files(self):
        return {
            str(path.relative_to(self.media_root)): hashlib.sha256(
                path.read_bytes()
            ).hexdigest()
            for path in self.media_root.rglob("*")
            if path.is_file()
        }


class PostgresDatabases:
    def __init__(self):
        import psycopg

        self.psycopg = psycopg
        url = urlsplit(os.environ["DATABASE_URL"])
        self.base = url
        self.names = []

    def admin(self):
        url = urlunsplit(self.base._replace(path="/postgres"))
        return self.psycopg.connect(url, autocommit=True)

    def create(self, label):
        name = f"portal_backup_{label}_{uuid.uuid4().hex[:8]}"
        with self.admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        self.names.append(name)
        return urlunsplit(self.base._replace(path=f"/{name}"))

    def drop_all(self):
        with self.admin() as conn:
            for name in self.names:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="module")
def databases(tmp_path_factory):
    if not POSTGRES:
        folder = tmp_path_factory.mktemp("backup-db")
        yield lambda label: f"sqlite:///{folder / f'{label}.sqlite3'}"
        return
    pg = PostgresDatabases()
    yield pg.create
    pg.drop_all()


@pytest.fixture(scope="module")
def original(databases, tmp_path_factory):
    site = Site(databases("original"), tmp_path_factory.mktemp("media-original"))
    site.manage("migrate", "--noinput")
    site.manage("load_demo")
    return site


@pytest.fixture(scope="module")
def backup(original, tmp_path_factory):
    output = tmp_path_factory.mktemp("backups")
    result = original.manage("backup", "--output", str(output))
    folder = Path(result.stdout.strip().splitlines()[-1])
    assert folder.parent == output
    return folder


def test_backup_folder_holds_database_media_and_manifest(backup, original):
    manifest = json.loads((backup / "manifest.json").read_text())
    assert (backup / manifest["database"]["file"]).is_file()
    assert (backup / "media.tar.gz").is_file()
    assert manifest["media"]["files"] == len(original.files()) > 0
    assert manifest["counts"]["sider"] > 10


@pytest.fixture(scope="module")
def restored(backup, databases, tmp_path_factory):
    site = Site(databases("restored"), tmp_path_factory.mktemp("media-restored"))
    result = site.manage("restore", str(backup))
    assert "Gjenopprettet" in result.stdout
    return site


def test_restore_into_an_empty_database_gives_the_same_site(original, restored):
    before, after = original.rows(), restored.rows()
    models = {row["model"] for row in before}
    # What the issue names explicitly is really in there, and came back.
    for model in (
        "measures.measurepage",
        "measures.visualsupport",
        "portal.saveditem",
        "portal.savedcollection",
        "team.assessment",
        "team.answer",
    ):
        assert model in models, model
    assert after == before
    assert restored.files() == original.files()
    # The restored database is at the code's migration state.
    assert "No planned migration" in restored.manage("migrate", "--plan").stdout


def test_restore_refuses_a_non_empty_database_unless_forced(backup, restored):
    before = fingerprint(restored)
    assert before["measures.MeasurePage"] > 0
    refused = restored.manage("restore", str(backup), check=False)
    assert refused.returncode != 0
    assert "Databasen er ikke tom" in refused.stderr
    assert fingerprint(restored) == before

    forced = restored.manage("restore", str(backup), "--force")
    assert "Gjenopprettet" in forced.stdout
    assert fingerprint(restored) == before


def shell(site, code):
    """The last line a Python snippet prints in the site's ``manage.py shell``."""
    return site.manage("shell", "-c", code).stdout.strip().splitlines()[-1]


def table_count(site):
    code = "from django.db import connection as c; print(len(c.introspection.table_names()))"  # noqa: E501
    return int(shell(site, code))


def fingerprint(site):
    """Row count per model: cheaper than all rows, enough to see a change."""
    code = (
        "import json; from django.apps import apps; "
        "print(json.dumps({m._meta.label: m._base_manager.count() "
        "for m in apps.get_models()}))"
    )
    return json.loads(shell(site, code))


def test_restore_refuses_a_damaged_backup(backup, databases, tmp_path):
    damaged = tmp_path / "damaged"
    damaged.mkdir()
    for path in backup.iterdir():
        (damaged / path.name).write_bytes(path.read_bytes())
    media = damaged / "media.tar.gz"
    media.write_bytes(media.read_bytes()[:-100])
    target = Site(databases("damaged"), tmp_path / "media")
    result = target.manage("restore", str(damaged), check=False)
    assert result.returncode != 0
    assert "skadet" in result.stderr
    assert table_count(target) == 0
