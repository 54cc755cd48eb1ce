"""Backup and restore of the database and the uploaded files (docs/operations.md).

A backup is a folder ``backups/<timestamp>/`` with

- ``database.sqlite3`` (SQLite, via the sqlite3 backup API: a consistent copy of a
  live database) or ``database.pgdump`` (PostgreSQL, ``pg_dump --format=custom``);
- ``media.tar.gz``: everything under MEDIA_ROOT (images, renditions, documents);
- ``manifest.json``: what the backup holds, the SHA-256 of each file and a few
  row counts, so that a restore can refuse a damaged or foreign backup.

The dumps are the databases' own formats rather than ``dumpdata``: they copy every
table exactly (search index tables, sequences, tables other apps add later, such
as saved items and self-assessments) without our code having to know them.
"""

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess  # noqa: S404 -- pg_dump/pg_restore with fixed arguments
import tarfile
import zlib
from contextlib import closing
from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.db import connection

MANIFEST = "manifest.json"
MEDIA_ARCHIVE = "media.tar.gz"
DUMP_NAMES = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}
FORMAT_VERSION = 1


class BackupError(Exception):
    """A Norwegian message for the operator; nothing was changed."""


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def vendor():
    if connection.vendor not in DUMP_NAMES:
        raise BackupError(
            f"Databasetypen «{connection.vendor}» støttes ikke; "
            "bare SQLite og PostgreSQL."
        )
    return connection.vendor


def row_counts():
    """A few counts a person can compare after a restore."""
    tables = set(connection.introspection.table_names())
    wanted = {
        "sider": "wagtailcore_page",
        "bilder": "measures_visualsupport",
        "dokumenter": "wagtaildocs_document",
        "brukere": "auth_user",
        "lagrede": "portal_saveditem",
    }
    counts = {}
    with connection.cursor() as cursor:
        for label, table in wanted.items():
            if table in tables:
                # Fixed table names from the dict above, quoted.
                query = f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}"  # noqa: S608
                cursor.execute(query)
                counts[label] = cursor.fetchone()[0]
    return counts


def postgres_env():
    db = settings.DATABASES["default"]
    env = {**os.environ}
    for key, name in (
        ("PGHOST", "HOST"),
        ("PGPORT", "PORT"),
        ("PGUSER", "USER"),
        ("PGPASSWORD", "PASSWORD"),
        ("PGDATABASE", "NAME"),
    ):
        if db.get(name):
            env[key] = str(db[name])
    return env


def run_tool(args, env):
    tool = shutil.which(args[0])
    if tool is None:
        raise BackupError(
            f"Fant ikke «{args[0]}». Installer PostgreSQL-klientverktøyene "
            "(Debian: postgresql-client) i samme versjon som serveren."
        )
    result = subprocess.run(  # noqa: S603
        [tool, *args[1:]], env=env, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise BackupError(f"{args[0]} feilet: {result.stderr.strip()[-2000:]}")


# --- Backup -------------------------------------------------------------------


def new_backup_folder(output):
    stamp = datetime.now().strftime("%Y-%m-%dT%H-%M-%S")
    folder = Path(output) / stamp
    suffix = 1
    while folder.exists():
        suffix += 1
        folder = Path(output) / f"{stamp}-{suffix}"
    folder.mkdir(parents=True)
    return folder


def dump_database(folder, report):
    kind = vendor()
    target = folder / DUMP_NAMES[kind]
    if kind == "sqlite":
        connection.ensure_connection()
        with sqlite3.connect(target) as copy:

            def progress(status, remaining, total):
                report(f"  database: {total - remaining} av {total} sider kopiert")

            connection.connection.backup(copy, pages=256, progress=progress)
        copy.close()
    else:
        run_tool(
            [
                "pg_dump",
                "--format=custom",
                "--no-owner",
                "--no-privileges",
                "--file",
                str(target),
            ],
            postgres_env(),
        )
    return target


def archive_media(folder, report):
    media_root = Path(settings.MEDIA_ROOT)
    files = (
        sorted(p for p in media_root.rglob("*") if p.is_file())
        if media_root.exists()
        else []
    )
    target = folder / MEDIA_ARCHIVE
    with tarfile.open(target, "w:gz") as archive:
        for number, path in enumerate(files, 1):
            archive.add(
                path, arcname=str(path.relative_to(media_root)), recursive=False
            )
            if number % 50 == 0 or number == len(files):
                report(f"  filer: {number} av {len(files)}")
    return target, len(files)


def create_backup(output, report=print):
    kind = vendor()
    folder = new_backup_folder(output)
    try:
        report(f"Sikkerhetskopi til {folder}")
        report(f"Database ({kind}) …")
        dump = dump_database(folder, report)
        report("Opplastede filer (MEDIA_ROOT) …")
        media, file_count = archive_media(folder, report)
        manifest = {
            "format": FORMAT_VERSION,
            "created": datetime.now().astimezone().isoformat(timespec="seconds"),
            "database": {"vendor": kind, "file": dump.name, "sha256": sha256(dump)},
            "media": {"file": media.name, "sha256": sha256(media), "files": file_count},
            "counts": row_counts(),
        }
        (folder / MANIFEST).write_text(
            json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return folder, manifest


# --- Restore ------------------------------------------------------------------


def read_manifest(folder):
    folder = Path(folder)
    path = folder / MANIFEST
    if not path.is_file():
        raise BackupError(f"{folder} er ikke en sikkerhetskopi (mangler {MANIFEST}).")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
        database, media = manifest["database"], manifest["media"]
        if manifest.get("format") != FORMAT_VERSION:
            raise BackupError(f"Ukjent format {manifest.get('format')!r} i {MANIFEST}.")
        for part in (database, media):
            file = folder / part["file"]
            if Path(part["file"]).name != part["file"] or not file.is_file():
                raise BackupError(f"Filen «{part['file']}» mangler i {folder}.")
            if sha256(file) != part["sha256"]:
                raise BackupError(
                    f"Filen «{part['file']}» er skadet (sjekksummen stemmer ikke)."
                )
    except (ValueError, KeyError, TypeError) as error:
        raise BackupError(f"{MANIFEST} i {folder} kan ikke leses ({error}).") from None
    return manifest


def database_tables():
    return connection.introspection.table_names()


def media_files():
    media_root = Path(settings.MEDIA_ROOT)
    if not media_root.exists():
        return []
    return [p for p in media_root.rglob("*") if p.is_file()]


def check_target(manifest, force):
    kind = vendor()
    if manifest["database"]["vendor"] != kind:
        raise BackupError(
            f"Sikkerhetskopien er fra {manifest['database']['vendor']}, men databasen "
            f"er {kind}. Gjenopprett til samme databasetype."
        )
    if force:
        return
    tables, files = database_tables(), media_files()
    if tables:
        raise BackupError(
            f"Databasen er ikke tom ({len(tables)} tabeller). Gjenopprett til en tom "
            "database, eller bruk --force for å erstatte alt innholdet."
        )
    if files:
        raise BackupError(
            f"MEDIA_ROOT ({settings.MEDIA_ROOT}) er ikke tom ({len(files)} filer). "
            "Bruk en tom mappe, eller --force for å erstatte filene."
        )


def check_database_dump(folder, manifest):
    """The dump can be read as a whole; raise BackupError before anything changes."""
    dump = Path(folder) / manifest["database"]["file"]
    if manifest["database"]["vendor"] == "sqlite":
        try:
            uri = f"{dump.resolve().as_uri()}?mode=ro"
            with closing(sqlite3.connect(uri, uri=True)) as database:
                check = database.execute("PRAGMA quick_check").fetchone()[0]
                tables = database.execute(
                    "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'"
                ).fetchone()[0]
        except sqlite3.DatabaseError as error:
            raise BackupError(
                f"Databasefilen «{dump.name}» kan ikke leses ({error})."
            ) from None
        if check != "ok" or not tables:
            raise BackupError(
                f"Databasefilen «{dump.name}» er skadet eller tom ({check})."
            )
    else:
        try:
            run_tool(["pg_restore", "--list", str(dump)], postgres_env())
        except BackupError as error:
            raise BackupError(
                f"Databasefilen «{dump.name}» kan ikke leses ({error})."
            ) from None


def check_media_archive(folder, manifest):
    """Every member of the media archive can be read and safely extracted into
    MEDIA_ROOT (the same "data" filter the extraction uses), and it holds the
    number of files the manifest says; raise BackupError before anything changes.
    """
    path = Path(folder) / manifest["media"]["file"]
    destination = str(Path(settings.MEDIA_ROOT).resolve())
    files = 0
    try:
        with tarfile.open(path, "r:gz") as archive:
            for member in archive:  # reads (and decompresses) the whole archive
                tarfile.data_filter(member, destination)
                files += member.isfile()
    except tarfile.FilterError as error:
        raise BackupError(
            f"Arkivet «{path.name}» har en fil som ikke kan pakkes ut trygt ({error})."
        ) from None
    except (tarfile.TarError, OSError, EOFError, zlib.error) as error:
        raise BackupError(
            f"Arkivet «{path.name}» er skadet og kan ikke leses ({error})."
        ) from None
    if files != manifest["media"]["files"]:
        raise BackupError(
            f"Arkivet «{path.name}» har {files} filer, men {MANIFEST} sier "
            f"{manifest['media']['files']}."
        )


def restore_database(folder, manifest, force, report):
    dump = Path(folder) / manifest["database"]["file"]
    if manifest["database"]["vendor"] == "sqlite":
        connection.ensure_connection()
        with sqlite3.connect(dump) as source:

            def progress(status, remaining, total):
                report(f"  database: {total - remaining} av {total} sider skrevet")

            # The backup API replaces the whole destination database.
            source.backup(connection.connection, pages=256, progress=progress)
        source.close()
    else:
        if force:
            with connection.cursor() as cursor:
                cursor.execute("DROP SCHEMA public CASCADE")
                cursor.execute("CREATE SCHEMA public")
        connection.close()
        run_tool(
            [
                "pg_restore",
                "--no-owner",
                "--no-privileges",
                "--single-transaction",
                "--exit-on-error",
                "--dbname",
                settings.DATABASES["default"]["NAME"],
                str(dump),
            ],
            postgres_env(),
        )
    connection.close()


def restore_media(folder, manifest, force, report):
    media_root = Path(settings.MEDIA_ROOT)
    if force and media_root.exists():
        for child in media_root.iterdir():
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child)
            else:
                child.unlink()
    media_root.mkdir(parents=True, exist_ok=True)
    with tarfile.open(Path(folder) / manifest["media"]["file"], "r:gz") as archive:
        members = archive.getmembers()
        # "data" refuses absolute paths, "..", links out of the folder and devices.
        for number, member in enumerate(members, 1):
            archive.extract(member, media_root, filter="data")
            if number % 50 == 0 or number == len(members):
                report(f"  filer: {number} av {len(members)}")


def restore_backup(folder, force=False, report=print):
    manifest = read_manifest(folder)
    check_target(manifest, force)
    # The whole backup is checked before anything is changed: a bad archive must
    # not leave a half-restored site behind.
    report("Kontrollerer sikkerhetskopien …")
    check_database_dump(folder, manifest)
    check_media_archive(folder, manifest)
    report(f"Gjenoppretter {folder} (laget {manifest['created']})")
    report("Database …")
    restore_database(folder, manifest, force, report)
    report("Opplastede filer …")
    restore_media(folder, manifest, force, report)
    counts = row_counts()
    if counts != manifest["counts"]:
        raise BackupError(
            f"Antall rader stemmer ikke etter gjenoppretting: {counts} "
            f"(sikkerhetskopien: {manifest['counts']})."
        )
    return manifest, counts
