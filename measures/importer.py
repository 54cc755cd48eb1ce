"""Import measures from the inclusion team's JSON guide (see docs/import-format.md).

The import runs in two phases so that bad input never leaves half a guide behind:

1. ``load_import_file`` reads and validates the *whole* file, including every image
   file, into plain dataclasses. It only reads the database; the first problem
   stops it with a ``MeasureImportError`` that names the record and the field.
2. ``apply_import`` writes the validated plan inside one ``transaction.atomic()``.

Re-importing a file is safe: measures are matched by slug under the measure index,
images by the SHA-1 of their bytes (Wagtail's ``file_hash``) and synonym groups by
their normalised set of words, so nothing is duplicated.
"""

from __future__ import annotations

import hashlib
import html
import io
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils.text import slugify
from PIL import Image as PILImage
from PIL import UnidentifiedImageError

from measures.models import (
    MeasureIndexPage,
    MeasurePage,
    MeasureVisualSupport,
    Situation,
    SynonymGroup,
    VisualSupport,
)
from portal.choices import AgeGroup, FocusArea, Level, Licence, VisualSupportKind
from search.indexing import index_with_relations

SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Pillow format name -> file extensions Wagtail accepts for it.
IMAGE_FORMATS = {
    "PNG": {"png"},
    "JPEG": {"jpg", "jpeg"},
    "WEBP": {"webp"},
    "GIF": {"gif"},
}
DEFAULT_MAX_IMAGE_BYTES = 10 * 1024 * 1024
DEFAULT_MAX_IMAGE_PIXELS = 40_000_000

TOP_LEVEL_FIELDS = {"synonyms", "measures", "confirm_no_identifiable_child"}
REQUIRED_MEASURE_FIELDS = ("slug", "title", "summary", "focus_area")
OPTIONAL_MEASURE_FIELDS = (
    "situations",
    "tags",
    "purpose",
    "steps",
    "materials",
    "time_needed",
    "age_group",
    "level",
    "visual_supports",
)
REQUIRED_IMAGE_FIELDS = ("file", "title", "alt")
OPTIONAL_IMAGE_FIELDS = (
    "kind",
    "licence",
    "attribution",
    "source",
    "confirm_no_identifiable_child",
)

_NORWEGIAN_LETTERS = str.maketrans(
    {"æ": "ae", "Æ": "Ae", "ø": "o", "Ø": "O", "å": "a", "Å": "A"}
)


class MeasureImportError(Exception):
    """Bad input: the message is Norwegian, names record and field, and is final.

    Not called ``ImportError`` so that it never shadows Python's built-in.
    """


def norwegian_slug(text: str) -> str:
    """Slug without æøå (paths are ASCII), keeping ``påkledning`` readable."""
    return slugify(text.translate(_NORWEGIAN_LETTERS))


def normalise_word(word: str) -> str:
    return " ".join(word.split()).casefold()


# --- The validated plan -------------------------------------------------------


@dataclass
class VisualSupportData:
    """One image file, shared by every measure in the file that refers to it."""

    sha1: str
    path: Path
    file_name: str
    title: str
    alt: str
    kind: str
    licence: str
    attribution: str
    source: str
    situations: list[str] = field(default_factory=list)
    first_used_by: str = ""


@dataclass
class MeasureData:
    number: int
    slug: str
    title: str
    summary: str
    focus_area: str
    situations: list[str]
    tags: list[str]
    purpose_html: str
    steps: list[str]
    materials: str
    time_needed: str
    age_group: str
    level: str
    image_hashes: list[str]


@dataclass
class ImportPlan:
    source: Path
    measures: list[MeasureData]
    images: dict[str, VisualSupportData]
    synonym_groups: list[list[str]]


@dataclass
class ImportResult:
    measures_created: int = 0
    measures_updated: int = 0
    measures_unchanged: int = 0
    images_created: int = 0
    images_updated: int = 0
    images_unchanged: int = 0
    synonym_groups_created: int = 0
    synonym_groups_existing: int = 0
    situations_created: list[str] = field(default_factory=list)

    @property
    def measures(self) -> int:
        return self.measures_created + self.measures_updated + self.measures_unchanged

    @property
    def images(self) -> int:
        return self.images_created + self.images_updated + self.images_unchanged

    @property
    def synonym_groups(self) -> int:
        return self.synonym_groups_created + self.synonym_groups_existing

    def summary(self) -> str:
        text = (
            f"Importerte {self.measures} tiltak ({self.measures_created} nye, "
            f"{self.measures_updated} oppdatert, {self.measures_unchanged} uendret), "
            f"{self.images} bilder ({self.images_created} nye), "
            f"{self.synonym_groups} synonymgrupper "
            f"({self.synonym_groups_created} nye)."
        )
        if self.situations_created:
            text += " Nye situasjoner: " + ", ".join(self.situations_created) + "."
        return text


# --- Phase 1: read and validate -----------------------------------------------


def _type_name(value: Any) -> str:
    if value is None:
        return "tom (null)"
    if isinstance(value, bool):
        return "sann/usann"
    if isinstance(value, str):
        return "en tekst"
    if isinstance(value, int | float):
        return "et tall"
    if isinstance(value, list):
        return "en liste"
    if isinstance(value, dict):
        return "et objekt"
    return type(value).__name__


# The import format is at most four levels deep (file → measures → measure →
# visual supports → image); anything much deeper is not an import file.
MAX_NESTING = 16


def _nesting_depth(value: Any) -> int:
    """How deeply lists and objects nest in ``value``; iterative, so any depth the
    JSON parser accepted is measured without recursion."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, depth)
        if deepest > MAX_NESTING:
            break
        stack.extend((child, depth + 1) for child in children)
    return deepest


def _refuse_nul(document: Any, file_label: str) -> None:
    """Refuse a NUL character anywhere in the file before anything is looked up:
    PostgreSQL refuses NUL even in a query's parameters, so the per-field check
    would come too late for values the parser looks up in the database."""
    stack = [(document, [])]
    while stack:
        item, where = stack.pop()
        if isinstance(item, dict):
            for key, value in item.items():
                if "\x00" in str(key):
                    where_text = ", ".join([*where, "et feltnavn"])
                    raise MeasureImportError(
                        f"{file_label}: {where_text} inneholder et NUL-tegn "
                        "(\\u0000), som ikke er lov."
                    )
                stack.append((value, [*where, f"feltet «{key}»"]))
        elif isinstance(item, list):
            # Records are named by number (tiltak nr. 2); items of a list field
            # by the field alone, as the per-field messages do.
            for number, value in enumerate(item, start=1):
                if where == ["feltet «measures»"]:
                    stack.append((value, [f"tiltak nr. {number}"]))
                else:
                    stack.append((value, where))
        elif isinstance(item, str) and "\x00" in item:
            where_text = ", ".join(where) or "teksten"
            raise MeasureImportError(
                f"{file_label}: {where_text} inneholder et NUL-tegn (\\u0000), "
                "som ikke er lov."
            )


class _Record:
    """A place in the file (a measure, an image, a synonym group) to name in errors."""

    def __init__(self, label: str, data: Any):
        self.label = label
        self.data = data

    def fail(self, field_name: str, problem: str) -> MeasureImportError:
        return MeasureImportError(f"{self.label}: feltet «{field_name}» {problem}")

    def check_object(self, allowed: Iterable[str], what: str) -> None:
        if not isinstance(self.data, dict):
            raise MeasureImportError(
                f"{self.label}: skal være et objekt ({{…}}), men er "
                f"{_type_name(self.data)}."
            )
        allowed = list(allowed)
        for key in self.data:
            if key not in allowed:
                raise self.fail(
                    key,
                    f"er ukjent for {what}. Tillatte felt: {', '.join(allowed)}.",
                )

    def no_nul(self, name: str, value: str) -> None:
        # PostgreSQL cannot store NUL in text, and no title or tag needs one.
        if "\x00" in value:
            raise self.fail(name, "inneholder et NUL-tegn (\\u0000), som ikke er lov.")

    def text(
        self, name: str, *, required: bool = False, max_length: int | None = None
    ) -> str:
        if name not in self.data or self.data[name] is None:
            if required:
                raise self.fail(name, "mangler.")
            return ""
        value = self.data[name]
        if not isinstance(value, str):
            raise self.fail(name, f"skal være en tekst, men er {_type_name(value)}.")
        self.no_nul(name, value)
        value = value.strip()
        if required and not value:
            raise self.fail(name, "er tomt.")
        if max_length is not None and len(value) > max_length:
            raise self.fail(
                name, f"er for langt ({len(value)} tegn, maks {max_length})."
            )
        return value

    def choice(self, name: str, choices: type, default: str) -> str:
        value = self.text(name)
        if not value:
            return default
        if value not in choices.values:
            raise self.fail(
                name,
                f"har ukjent verdi «{value}». Gyldige verdier: "
                f"{', '.join(choices.values)}.",
            )
        return value

    def text_list(self, name: str, *, max_length: int | None = None) -> list[str]:
        value = self.data.get(name)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(
                name, f"skal være en liste med tekster, men er {_type_name(value)}."
            )
        items = []
        for position, item in enumerate(value, start=1):
            if not isinstance(item, str):
                raise self.fail(
                    name,
                    f"har {_type_name(item)} som element nr. {position}; "
                    "alle elementene skal være tekster.",
                )
            self.no_nul(name, item)
            item = " ".join(item.split())
            if not item:
                raise self.fail(name, f"har et tomt element (nr. {position}).")
            if max_length is not None and len(item) > max_length:
                raise self.fail(
                    name,
                    f"har et element som er for langt («{item[:40]}…», "
                    f"maks {max_length} tegn).",
                )
            items.append(item)
        return items

    def boolean(self, name: str) -> bool | None:
        if name not in self.data:
            return None
        value = self.data[name]
        if not isinstance(value, bool):
            raise self.fail(
                name, f"skal være true eller false, men er {_type_name(value)}."
            )
        return value


def _unique(items: Iterable[str]) -> list[str]:
    """Drop repeats (ignoring case), keeping the first spelling and the order."""
    seen = set()
    result = []
    for item in items:
        key = normalise_word(item)
        if key not in seen:
            seen.add(key)
            result.append(item)
    return result


def purpose_to_html(text: str) -> str:
    """Plain text to rich text: blank lines separate paragraphs, newlines break."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    return "".join(
        "<p>"
        + "<br/>".join(html.escape(line.strip()) for line in p.splitlines())
        + "</p>"
        for p in paragraphs
    )


def _resolve_image_path(base: Path, name: str, record: _Record) -> Path:
    if PurePosixPath(name).is_absolute() or PureWindowsPath(name).is_absolute():
        raise record.fail(
            "file",
            f"«{name}» er en absolutt sti. Oppgi stien relativt til mappen "
            "der JSON-filen ligger.",
        )
    if ".." in PurePosixPath(name.replace("\\", "/")).parts:
        raise record.fail(
            "file",
            f"«{name}» peker ut av mappen der JSON-filen ligger («..» er ikke lov).",
        )
    path = (base / name).resolve()
    if not path.is_relative_to(base):
        # A symbolic link that leads out of the folder.
        raise record.fail("file", f"«{name}» peker ut av mappen der JSON-filen ligger.")
    if not path.is_file():
        raise record.fail("file", f"viser til «{name}», som ikke finnes.")
    return path


def _check_image_file(path: Path, name: str, record: _Record) -> bytes:
    """Return the bytes of a real, reasonably sized PNG/JPEG/WebP/GIF."""
    extension = path.suffix.lower().lstrip(".")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise record.fail(
            "file", f"«{name}» kan ikke leses ({error.strerror})."
        ) from None
    head = data[:512].lstrip().lower()
    if extension == "svg" or head.startswith((b"<svg", b"<?xml")):
        raise record.fail(
            "file",
            f"«{name}» er en SVG-fil. SVG kan ikke importeres; "
            "lagre bildet som PNG, JPEG, WebP eller GIF.",
        )
    allowed = sorted(set().union(*IMAGE_FORMATS.values()))
    if extension not in allowed:
        raise record.fail(
            "file",
            f"«{name}» har filtypen «{extension or '(ingen)'}». "
            f"Tillatte filtyper: {', '.join(allowed)}.",
        )
    max_bytes = getattr(
        settings, "WAGTAILIMAGES_MAX_UPLOAD_SIZE", DEFAULT_MAX_IMAGE_BYTES
    )
    if not data:
        raise record.fail("file", f"«{name}» er tom.")
    if len(data) > max_bytes:
        raise record.fail(
            "file",
            f"«{name}» er for stor ({len(data) / 1024 / 1024:.1f} MB, "
            f"maks {max_bytes / 1024 / 1024:.0f} MB).",
        )
    try:
        with PILImage.open(io.BytesIO(data)) as picture:
            image_format = picture.format
            width, height = picture.size
            picture.verify()
    except (UnidentifiedImageError, PILImage.DecompressionBombError):
        raise record.fail("file", f"«{name}» er ikke et bilde som kan åpnes.") from None
    except Exception:  # noqa: BLE001 - Pillow raises many kinds for broken files
        raise record.fail(
            "file", f"«{name}» er et ødelagt eller ufullstendig bilde."
        ) from None
    if image_format not in IMAGE_FORMATS:
        raise record.fail(
            "file",
            f"«{name}» er et {image_format}-bilde; bare PNG, JPEG, WebP og GIF "
            "kan importeres.",
        )
    if extension not in IMAGE_FORMATS[image_format]:
        raise record.fail(
            "file",
            f"«{name}» har filtypen «{extension}», men er et {image_format}-bilde.",
        )
    max_pixels = getattr(
        settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", DEFAULT_MAX_IMAGE_PIXELS
    )
    if width * height > max_pixels:
        limit = f"{max_pixels:,}".replace(",", "\N{NO-BREAK SPACE}")
        raise record.fail(
            "file",
            f"«{name}» er for stort ({width} × {height} piksler, "
            f"maks {limit} piksler).",
        )
    return data


def _parse_visual_support(
    data: Any,
    record: _Record,
    base: Path,
    confirmed_for_file: bool,
) -> tuple[VisualSupportData, str]:
    record.check_object(REQUIRED_IMAGE_FIELDS + OPTIONAL_IMAGE_FIELDS, "et bilde")
    name = record.text("file", required=True)
    title = record.text("title", required=True, max_length=255)
    alt = record.text("alt", required=True, max_length=255)
    kind = record.choice("kind", VisualSupportKind, VisualSupportKind.PICTOGRAM)
    licence = record.choice("licence", Licence, Licence.OWN)
    attribution = record.text("attribution", max_length=300)
    source = record.text("source", max_length=250)
    if Licence.requires_attribution(licence) and not attribution:
        raise record.fail(
            "attribution",
            f"mangler. Lisensen «{licence}» krever at opphavet oppgis.",
        )
    confirmed = record.boolean("confirm_no_identifiable_child")
    if confirmed is False or (confirmed is None and not confirmed_for_file):
        raise record.fail(
            "confirm_no_identifiable_child",
            "mangler eller er false. Bekreft at ingen barn kan identifiseres i "
            'bildet med "confirm_no_identifiable_child": true (for hele filen '
            "eller for dette bildet).",
        )
    path = _resolve_image_path(base, name, record)
    content = _check_image_file(path, name, record)
    sha1 = hashlib.sha1(content, usedforsecurity=False).hexdigest()
    support = VisualSupportData(
        sha1=sha1,
        path=path,
        file_name=path.name,
        title=title,
        alt=alt,
        kind=kind,
        licence=licence,
        attribution=attribution,
        source=source,
    )
    return support, name


def _image_text(data: VisualSupportData) -> tuple[str, ...]:
    return (
        data.title,
        data.alt,
        data.kind,
        data.licence,
        data.attribution,
        data.source,
    )


def _parse_measure(
    data: Any,
    number: int,
    base: Path,
    confirmed_for_file: bool,
    images: dict[str, VisualSupportData],
) -> MeasureData:
    label = f"Tiltak nr. {number}"
    if isinstance(data, dict):
        name = data.get("slug") or data.get("title")
        if isinstance(name, str) and name.strip():
            label += f" («{name.strip()}»)"
    record = _Record(label, data)
    record.check_object(REQUIRED_MEASURE_FIELDS + OPTIONAL_MEASURE_FIELDS, "et tiltak")

    slug = record.text("slug", required=True, max_length=255)
    if not SLUG_PATTERN.match(slug):
        raise record.fail(
            "slug",
            f"«{slug}» er ikke en gyldig adresse. Bruk små bokstaver a–z, tall og "
            "bindestrek, uten æøå (f.eks. «dagtavle-i-samling»).",
        )
    title = record.text("title", required=True, max_length=255)
    summary = record.text("summary", required=True, max_length=400)
    focus_area = record.choice("focus_area", FocusArea, "")
    if not focus_area:
        raise record.fail("focus_area", "mangler.")
    situations = _unique(record.text_list("situations", max_length=100))
    for situation in situations:
        if not norwegian_slug(situation):
            raise record.fail(
                "situations",
                f"har navnet «{situation}», som mangler bokstaver eller tall.",
            )
    tags = _unique(record.text_list("tags", max_length=100))
    purpose = record.text("purpose")
    steps = record.text_list("steps")
    materials = record.text("materials")
    time_needed = record.text("time_needed", max_length=100)
    age_group = record.choice("age_group", AgeGroup, AgeGroup.ALL)
    level = record.choice("level", Level, Level.WHOLE_GROUP)

    raw_supports = data.get("visual_supports")
    if raw_supports is None:
        raw_supports = []
    if not isinstance(raw_supports, list):
        raise record.fail(
            "visual_supports",
            f"skal være en liste med bilder, men er {_type_name(raw_supports)}.",
        )
    image_hashes = []
    for position, raw in enumerate(raw_supports, start=1):
        file_name = raw.get("file") if isinstance(raw, dict) else None
        image_label = f"{label}, bilde nr. {position}"
        if isinstance(file_name, str) and file_name.strip():
            image_label += f" («{file_name.strip()}»)"
        support, name = _parse_visual_support(
            raw, _Record(image_label, raw), base, confirmed_for_file
        )
        known = images.get(support.sha1)
        if known is None:
            support.first_used_by = image_label
            images[support.sha1] = support
            known = support
        elif _image_text(known) != _image_text(support):
            # The same picture once in the library: its text must not depend on
            # which record happens to be imported last.
            raise MeasureImportError(
                f"{image_label}: feltene for bildet skiller seg fra det samme "
                f"bildet i {known.first_used_by}. Samme bildefil må ha samme "
                "title, alt, kind, licence, attribution og source overalt i filen."
            )
        if support.sha1 in image_hashes:
            raise _Record(image_label, raw).fail(
                "file", f"«{name}» er allerede med i dette tiltaket."
            )
        image_hashes.append(support.sha1)
        known.situations = _unique(known.situations + situations)

    return MeasureData(
        number=number,
        slug=slug,
        title=title,
        summary=summary,
        focus_area=focus_area,
        situations=situations,
        tags=tags,
        purpose_html=purpose_to_html(purpose),
        steps=steps,
        materials=materials,
        time_needed=time_needed,
        age_group=age_group,
        level=level,
        image_hashes=image_hashes,
    )


def _parse_synonyms(value: Any, file_label: str) -> list[list[str]]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise MeasureImportError(
            f"{file_label}: feltet «synonyms» skal være en liste med lister av ord, "
            f"men er {_type_name(value)}."
        )
    groups = []
    for number, raw in enumerate(value, start=1):
        record = _Record(f"Synonymgruppe nr. {number}", {"words": raw})
        words = _unique(record.text_list("words", max_length=200))
        if len(words) < 2:
            raise record.fail("words", "må ha minst to forskjellige ord eller uttrykk.")
        groups.append(words)
    return groups


# The json module's messages, in the editors' language; others are shown as is.
_JSON_MESSAGES = {
    "Expecting value": "forventet en verdi",
    "Expecting property name enclosed in double quotes": (
        "forventet et feltnavn i doble anførselstegn"
    ),
    "Expecting ',' delimiter": "forventet komma",
    "Expecting ':' delimiter": "forventet kolon",
    "Unterminated string starting at": "teksten mangler avsluttende anførselstegn",
    "Extra data": "mer innhold etter slutten av JSON-dokumentet",
    "Invalid control character at": (
        "ugyldig tegn i en tekst (linjeskift skrives som \\n)"
    ),
    "Invalid \\escape": "ugyldig \\-tegn i en tekst",
}


def _format_json_error(error: json.JSONDecodeError) -> str:
    message = _JSON_MESSAGES.get(error.msg, error.msg)
    return f"linje {error.lineno}, kolonne {error.colno}: {message}"


def load_import_file(
    path: str | Path, progress: Callable[[Iterable, str, int], Iterable] | None = None
) -> ImportPlan:
    """Read and validate the whole file; raise ``MeasureImportError`` on the first
    problem. Touches the database only to read."""
    path = Path(path)
    file_label = f"Filen «{path.name}»"
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise MeasureImportError(f"{file_label} finnes ikke.") from None
    except IsADirectoryError:
        raise MeasureImportError(f"{file_label} er en mappe, ikke en fil.") from None
    except UnicodeDecodeError:
        raise MeasureImportError(
            f"{file_label} er ikke lagret som UTF-8-tekst."
        ) from None
    except OSError as error:
        raise MeasureImportError(
            f"{file_label} kan ikke leses ({error.strerror})."
        ) from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise MeasureImportError(
            f"{file_label} er ikke gyldig JSON ({_format_json_error(error)})."
        ) from None
    except RecursionError:
        too_deep = True  # deeper than Python's JSON parser goes
    else:
        too_deep = _nesting_depth(document) > MAX_NESTING
    if too_deep:
        raise MeasureImportError(
            f"{file_label} har lister eller objekter nestet dypere enn "
            f"{MAX_NESTING} nivåer; et gyldig importformat er langt grunnere."
        )

    _refuse_nul(document, file_label)
    top = _Record(file_label, document)
    top.check_object(TOP_LEVEL_FIELDS, "filen")
    if "measures" not in document:
        raise top.fail("measures", "mangler.")
    raw_measures = document["measures"]
    if not isinstance(raw_measures, list):
        raise top.fail(
            "measures",
            f"skal være en liste med tiltak, men er {_type_name(raw_measures)}.",
        )
    confirmed_for_file = bool(top.boolean("confirm_no_identifiable_child"))
    synonym_groups = _parse_synonyms(document.get("synonyms"), file_label)

    base = path.resolve().parent
    images: dict[str, VisualSupportData] = {}
    measures: list[MeasureData] = []
    seen_slugs: dict[str, int] = {}
    numbered = list(enumerate(raw_measures, start=1))
    if progress is not None:
        numbered = progress(numbered, "Kontrollerer", len(numbered))
    for number, raw in numbered:
        measure = _parse_measure(raw, number, base, confirmed_for_file, images)
        if measure.slug in seen_slugs:
            raise MeasureImportError(
                f"Tiltak nr. {number} («{measure.slug}»): feltet «slug» er allerede "
                f"brukt av tiltak nr. {seen_slugs[measure.slug]} i filen."
            )
        seen_slugs[measure.slug] = number
        measures.append(measure)

    index = _measure_index()
    for measure in measures:
        clash = (
            index.get_children()
            .filter(slug=measure.slug)
            .exclude(content_type__model="measurepage")
            .first()
        )
        if clash is not None:
            raise MeasureImportError(
                f"Tiltak nr. {measure.number} («{measure.slug}»): feltet «slug» "
                f"er tatt av en annen side («{clash.title}») under /tiltak/."
            )
    return ImportPlan(
        source=path, measures=measures, images=images, synonym_groups=synonym_groups
    )


def _measure_index() -> MeasureIndexPage:
    index = MeasureIndexPage.objects.first()
    if index is None:
        raise MeasureImportError(
            "Fant ingen tiltaksside (/tiltak/) å legge tiltakene under. "
            "Kjør «manage.py migrate» først."
        )
    return index


# --- Phase 2: write ------------------------------------------------------------


class _Writer:
    """Applies a validated plan; used only inside one transaction."""

    def __init__(self, plan: ImportPlan, result: ImportResult):
        self.plan = plan
        self.result = result
        self.index = _measure_index()
        self.situations: dict[str, Situation] = {}
        self.images: dict[str, VisualSupport] = {}
        self.stored_files: list[tuple[Any, str]] = []

    def synonyms(self) -> None:
        existing = {
            frozenset(normalise_word(w) for w in group.word_list)
            for group in SynonymGroup.objects.all()
        }
        for words in self.plan.synonym_groups:
            key = frozenset(normalise_word(w) for w in words)
            if key in existing:
                self.result.synonym_groups_existing += 1
                continue
            SynonymGroup.objects.create(words="\n".join(words))
            existing.add(key)
            self.result.synonym_groups_created += 1

    def situation(self, name: str) -> Situation:
        key = normalise_word(name)
        if key not in self.situations:
            slug = norwegian_slug(name)
            found = (
                Situation.objects.filter(name__iexact=name).first()
                or Situation.objects.filter(slug=slug).first()
            )
            if found is None:
                found = Situation.objects.create(name=name, slug=slug)
                self.result.situations_created.append(name)
            self.situations[key] = found
        return self.situations[key]

    def image(self, data: VisualSupportData) -> VisualSupport:
        image = VisualSupport.objects.filter(file_hash=data.sha1).order_by("pk").first()
        values = {
            "title": data.title,
            "description": data.alt,
            "kind": data.kind,
            "licence": data.licence,
            "attribution": data.attribution,
            "source": data.source,
            "no_identifiable_child": True,
        }
        if image is None:
            image = VisualSupport(**values)
            image.file = ImageFile(
                io.BytesIO(data.path.read_bytes()), name=data.file_name
            )
            image._set_image_file_metadata()
            if image.file_hash != data.sha1:
                raise MeasureImportError(
                    f"{data.first_used_by}: bildefilen ble endret under importen."
                )
            image.save()
            self.stored_files.append((image.file.storage, image.file.name))
            self.result.images_created += 1
        else:
            changed = [k for k, v in values.items() if getattr(image, k) != v]
            for key in changed:
                setattr(image, key, values[key])
            if changed:
                image.save(update_fields=changed)
                self.result.images_updated += 1
            else:
                self.result.images_unchanged += 1
        # Add, never remove: editors may have tagged the picture for more situations.
        image.situations.add(*[self.situation(name) for name in data.situations])
        index_with_relations(image)  # save() indexed it without the situations
        return image

    def measure(self, data: MeasureData) -> None:
        situations = [self.situation(name) for name in data.situations]
        images = [self.images[sha1] for sha1 in data.image_hashes]
        steps = [
            {"type": "step", "value": {"text": text, "image": None}}
            for text in data.steps
        ]
        fields = {
            "title": data.title,
            "summary": data.summary,
            "focus_area": data.focus_area,
            "purpose": data.purpose_html,
            "materials": data.materials,
            "time_needed": data.time_needed,
            "age_group": data.age_group,
            "level": data.level,
        }
        page = MeasurePage.objects.child_of(self.index).filter(slug=data.slug).first()
        if page is None:
            page = MeasurePage(slug=data.slug, live=False, **fields)
            is_new = True
        else:
            if not page.has_unpublished_changes and _matches(
                page, fields, data, situations, images
            ):
                self.result.measures_unchanged += 1
                return
            for key, value in fields.items():
                setattr(page, key, value)
            is_new = False
        page.steps = steps
        page.situations.set(situations)
        page.tags.set(data.tags)
        page.visual_support_links = [
            MeasureVisualSupport(image=image, sort_order=position)
            for position, image in enumerate(images)
        ]
        try:
            if is_new:
                self.index.add_child(instance=page)
            page.save_revision().publish()
        except ValidationError as error:
            # Validation in phase 1 should have caught this; name the record anyway.
            problems = "; ".join(
                f"«{name}»: {' '.join(messages)}"
                for name, messages in error.message_dict.items()
            )
            raise MeasureImportError(
                f"Tiltak nr. {data.number} («{data.slug}»): kan ikke lagres "
                f"({problems})."
            ) from None
        if is_new:
            self.result.measures_created += 1
        else:
            self.result.measures_updated += 1

    def remove_stored_files(self) -> None:
        """Files are not part of the transaction; delete the ones we wrote."""
        for storage, name in self.stored_files:
            try:
                storage.delete(name)
            except OSError:
                pass


def _matches(
    page: MeasurePage,
    fields: dict[str, str],
    data: MeasureData,
    situations: list[Situation],
    images: list[VisualSupport],
) -> bool:
    """Whether the live page already says exactly what the record says."""
    if any(getattr(page, key) != value for key, value in fields.items()):
        return False
    steps = [
        (block.block_type, block.value.get("text"), block.value.get("image"))
        for block in page.steps
    ]
    if steps != [("step", text, None) for text in data.steps]:
        return False
    if {s.pk for s in situations} != set(page.situations.values_list("pk", flat=True)):
        return False
    if sorted(normalise_word(t) for t in data.tags) != sorted(
        normalise_word(t) for t in page.tags.names()
    ):
        return False
    linked = list(
        page.visual_support_links.order_by("sort_order").values_list(
            "image_id", flat=True
        )
    )
    return linked == [image.pk for image in images]


def apply_import(
    plan: ImportPlan, progress: Callable[[Iterable, str, int], Iterable] | None = None
) -> ImportResult:
    """Write a validated plan: all of it, or (on any error) none of it."""
    result = ImportResult()
    writer = _Writer(plan, result)
    try:
        with transaction.atomic():
            writer.synonyms()
            for sha1, data in plan.images.items():
                writer.images[sha1] = writer.image(data)
            measures: Iterable[MeasureData] = plan.measures
            if progress is not None:
                measures = progress(measures, "Importerer", len(plan.measures))
            for measure in measures:
                writer.measure(measure)
    except BaseException:
        writer.remove_stored_files()
        raise
    return result


def import_measures(
    path: str | Path,
    progress: Callable[[Iterable, str, int], Iterable] | None = None,
) -> ImportResult:
    """Validate the whole file, then write it in one transaction.

    ``progress(iterable, description, total)`` may wrap the loops (e.g. with tqdm).
    """
    plan = load_import_file(path, progress)
    return apply_import(plan, progress)
