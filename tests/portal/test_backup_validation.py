"""``manage.py restore`` checks the whole backup before it changes anything
(issue #12, item 12).

It used to restore the database first and only then open the media archive, so
a bad archive left a half-restored site and a traceback. These backups are made
by hand (a tiny SQLite database and a crafted archive, with a manifest whose
checksums match, as a careless or hostile copy would have), and restored in a
subprocess into an empty SQLite file and an empty MEDIA_ROOT, exactly as an
operator runs the command. The target is always SQLite, whatever the suite runs
on: what is tested is the order of checking and restoring, not the database.
"""

import hashlib
import io
import json
import os
import sqlite3
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)


def sha256(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_file(archive, name, data=b"innhold"):
    member = tarfile.TarInfo(name)
    member.size = len(data)
    archive.addfile(member, io.BytesIO(data))


def add_link(archive, name, target):
    member = tarfile.TarInfo(name)
    member.type = tarfile.SYMTYPE
    member.linkname = target
    archive.addfile(member)


def make_backup(folder, *, media=None, database=None, files=1):
    """A backup folder; ``media(archive)`` fills the archive, ``database`` replaces
    the dump's bytes. The manifest's checksums always match the files."""
    folder.mkdir()
    dump = folder / "database.sqlite3"
    if database is None:
        with sqlite3.connect(dump) as db:
            db.execute("CREATE TABLE fra_kopien (x)")
            db.execute("INSERT INTO fra_kopien VALUES (1)")
        db.close()
    else:
        dump.write_bytes(database)
    archive_path = folder / "media.tar.gz"
    with tarfile.open(archive_path, "w:gz") as archive:
        (media or (lambda a: add_file(a, "original_images/bilde.png")))(archive)
    manifest = {
        "format": 1,
        "created": "2026-12-01T08:00:00+01:00",
        "database": {"vendor": "sqlite", "file": dump.name, "sha256": sha256(dump)},
        "media": {
            "file": archive_path.name,
            "sha256": sha256(archive_path),
            "files": files,
        },
        "counts": {},
    }
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return folder


@pytest.fixture
def target(tmp_path):
    media = tmp_path / "site" / "media"
    media.mkdir(parents=True)
    return {"database": tmp_path / "site" / "db.sqlite3", "media": media}


def restore(folder, target):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DATABASE_URL": f"sqlite:///{target['database']}",
        "MEDIA_ROOT": str(target["media"]),
        "SEARCH_BACKEND": "database",
    }
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "restore", str(folder)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


def tables(target):
    if not target["database"].exists():
        return []
    with sqlite3.connect(target["database"]) as db:
        rows = db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        names = [name for (name,) in rows]
    db.close()
    return names


def untouched(target):
    return tables(target) == [] and not any(target["media"].parent.rglob("*.png"))


def test_a_good_hand_made_backup_restores(tmp_path, target):
    result = restore(make_backup(tmp_path / "kopi"), target)
    assert result.returncode == 0, result.stderr
    assert "Gjenopprettet" in result.stdout
    assert tables(target) == ["fra_kopien"]
    assert (target["media"] / "original_images" / "bilde.png").read_bytes() == (
        b"innhold"
    )


BAD_ARCHIVES = {
    "path out of MEDIA_ROOT": (
        lambda a: (add_file(a, "original_images/bilde.png"), add_file(a, "../ut.png")),
        2,
        "ikke kan pakkes ut trygt",
    ),
    "link out of MEDIA_ROOT": (
        lambda a: (add_file(a, "a.png"), add_link(a, "passord", "/etc/passwd")),
        1,
        "ikke kan pakkes ut trygt",
    ),
    "fewer files than the manifest": (
        lambda a: add_file(a, "original_images/bilde.png"),
        2,
        "har 1 filer, men manifest.json sier 2",
    ),
}


@pytest.mark.parametrize(
    ("fill", "files", "problem"), BAD_ARCHIVES.values(), ids=BAD_ARCHIVES.keys()
)
def test_a_bad_media_archive_changes_nothing(tmp_path, target, fill, files, problem):
    backup = make_backup(tmp_path / "kopi", media=fill, files=files)
    result = restore(backup, target)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    assert problem in result.stderr, result.stderr[-2000:]
    assert untouched(target)
    assert not (target["media"].parent / "ut.png").exists()


def test_a_truncated_archive_with_a_matching_checksum_changes_nothing(tmp_path, target):
    backup = make_backup(tmp_path / "kopi")
    archive = backup / "media.tar.gz"
    archive.write_bytes(archive.read_bytes()[:-30])
    manifest = json.loads((backup / "manifest.json").read_text())
    manifest["media"]["sha256"] = sha256(archive)
    (backup / "manifest.json").write_text(json.dumps(manifest))
    result = restore(backup, target)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    assert "er skadet" in result.stderr
    assert untouched(target)


def test_a_database_file_that_is_not_a_database_changes_nothing(tmp_path, target):
    backup = make_backup(tmp_path / "kopi", database=b"ikke en database" * 100)
    result = restore(backup, target)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    assert "Databasefilen «database.sqlite3» kan ikke leses" in result.stderr
    assert untouched(target)
