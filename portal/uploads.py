"""What may be uploaded, checked the same way for every upload form.

Wagtail already checks image extensions, size, pixel count and that an image's
format matches its extension (WAGTAILIMAGES_* settings). This module adds what it
does not do, used by the image form (``measures.forms.VisualSupportForm``) and the
document form (``portal.forms.PortalDocumentForm``):

- file names reduced to safe ASCII (no path parts, control characters or æøå) and
  a bounded length;
- the first bytes of every file must be those of the kind its name claims, so an
  HTML page or SVG renamed ``.pdf``/``.png`` is refused before anyone opens it;
- Office documents must really be the zip (OOXML/ODF) or OLE2 container their
  extension says, with the part that makes them a document of that kind.
"""

import re
import unicodedata
import warnings
import zipfile
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from wagtail.documents.fields import WagtailDocumentField
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField

MAX_STEM_LENGTH = 80

_NORWEGIAN = str.maketrans(
    {"æ": "ae", "Æ": "Ae", "ø": "o", "Ø": "O", "å": "a", "Å": "A"}
)
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_REPEATED_DASH = re.compile(r"-{2,}")

PNG = b"\x89PNG\r\n\x1a\n"
JPEG = b"\xff\xd8\xff"
GIF = (b"GIF87a", b"GIF89a")
PDF = b"%PDF-"
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP = b"PK\x03\x04"

IMAGE_LABELS = {
    "png": "PNG",
    "jpg": "JPEG",
    "jpeg": "JPEG",
    "gif": "GIF",
    "webp": "WebP",
}

# Extension -> (label for messages, member a real file of that kind contains).
OOXML_PARTS = {
    "docx": ("Word", "word/document.xml"),
    "xlsx": ("Excel", "xl/workbook.xml"),
    "pptx": ("PowerPoint", "ppt/presentation.xml"),
}
ODF_MIMETYPES = {"odt": ("OpenDocument", "application/vnd.oasis.opendocument.text")}
OLE2_LABELS = {"doc": "Word", "xls": "Excel", "ppt": "PowerPoint"}


def sanitise_filename(name, default_stem="fil"):
    """A safe, short ASCII file name that keeps the (lower-case) extension.

    Browsers send only a base name, but a crafted request can send anything:
    ``../../etc/passwd``, ``C:\\temp\\x.png``, control characters or 10,000
    characters. Storage would cope with most of it; people reading the name and
    other tools should never have to.
    """
    name = str(name or "").replace("\\", "/")
    name = PurePosixPath(name).name
    name = unicodedata.normalize("NFKC", name).translate(_NORWEGIAN)
    # Accents go (é -> e); other non-ASCII characters and control characters
    # become separators (først–så -> forst-sa).
    name = "".join(
        ch if ch.isascii() and ch.isprintable() else "-"
        for ch in unicodedata.normalize("NFKD", name)
        if not unicodedata.combining(ch)
    )
    stem, dot, extension = name.rpartition(".")
    if not dot:
        stem, extension = name, ""
    stem = _REPEATED_DASH.sub("-", _UNSAFE.sub("-", stem)).strip("-._")
    stem = stem[:MAX_STEM_LENGTH].strip("-._")
    extension = _UNSAFE.sub("", extension).lower()[:10]
    stem = stem or default_stem
    return f"{stem}.{extension}" if extension else stem


def extension_of(name):
    return PurePosixPath(str(name or "")).suffix.lower().lstrip(".")


def _head(upload, size=64):
    upload.seek(0)
    head = upload.read(size)
    upload.seek(0)
    return head


def _is_new_upload(value):
    return isinstance(value, UploadedFile)


def check_image_upload(upload):
    """Refuse images whose bytes are not the format their name claims.

    Wagtail's own check compares the extension with the format its image library
    detects; this is the same idea from the raw bytes, and it names SVG: an SVG
    can carry scripts, so it is never accepted, whatever it is called.
    """
    if not _is_new_upload(upload):
        return upload
    extension = extension_of(upload.name)
    head = _head(upload, 1024)
    svg_refused = ValidationError(
        _(
            "SVG images cannot be uploaded, because they can contain scripts. "
            "Save the image as PNG, JPEG, WebP or GIF and try again."
        ),
        code="svg_refused",
    )
    if extension == "svg":
        raise svg_refused
    matches = {
        "png": head.startswith(PNG),
        "jpg": head.startswith(JPEG),
        "jpeg": head.startswith(JPEG),
        "gif": head.startswith(GIF),
        "webp": head[:4] == b"RIFF" and head[8:12] == b"WEBP",
    }
    if extension not in matches:
        raise ValidationError(
            _("Only PNG, JPEG, WebP and GIF images can be uploaded."),
            code="image_type_refused",
        )
    if not matches[extension]:
        if b"<svg" in head.lower():
            raise svg_refused
        raise ValidationError(
            _(
                "The file “%(name)s” is not a real %(kind)s image: its content does "
                "not match its name."
            )
            % {"name": sanitise_filename(upload.name), "kind": IMAGE_LABELS[extension]},
            code="image_content_mismatch",
        )
    upload.name = sanitise_filename(upload.name, default_stem="bilde")
    return upload


def allowed_document_extensions():
    return [ext.lower() for ext in settings.WAGTAILDOCS_EXTENSIONS]


def _document_kind_matches(upload, extension, head):
    if extension == "pdf":
        return head.startswith(PDF), "PDF"
    if extension in OLE2_LABELS:
        return head.startswith(OLE2), OLE2_LABELS[extension]
    if extension in OOXML_PARTS or extension in ODF_MIMETYPES:
        label = (OOXML_PARTS.get(extension) or ODF_MIMETYPES[extension])[0]
        if not head.startswith(ZIP):
            return False, label
        upload.seek(0)
        try:
            # Only the central directory and one tiny member are read: nothing is
            # extracted, so a zip bomb costs nothing here.
            with zipfile.ZipFile(upload) as archive:
                names = set(archive.namelist())
                if extension in OOXML_PARTS:
                    ok = OOXML_PARTS[extension][1] in names
                else:
                    info = archive.getinfo("mimetype") if "mimetype" in names else None
                    ok = bool(info and info.file_size < 200) and (
                        archive.read("mimetype").decode("ascii", "replace").strip()
                        == ODF_MIMETYPES[extension][1]
                    )
        except (zipfile.BadZipFile, OSError, ValueError, EOFError):
            ok = False
        finally:
            upload.seek(0)
        return ok, label
    return False, extension.upper()


def check_document_upload(upload):
    """Only PDF and Office documents, and only when the bytes say so too."""
    if not _is_new_upload(upload):
        return upload
    extension = extension_of(upload.name)
    allowed = allowed_document_extensions()
    if extension not in allowed:
        raise ValidationError(
            _(
                "This type of file cannot be uploaded. Allowed are PDF and Office "
                "documents (%(extensions)s)."
            )
            % {"extensions": ", ".join(allowed)},
            code="document_type_refused",
        )
    ok, label = _document_kind_matches(upload, extension, _head(upload))
    if not ok:
        raise ValidationError(
            _(
                "The file “%(name)s” is not a real %(kind)s document: its content "
                "does not match its name."
            )
            % {"name": sanitise_filename(upload.name), "kind": label},
            code="document_content_mismatch",
        )
    upload.name = sanitise_filename(upload.name, default_stem="dokument")
    return upload


def check_image_pixels(upload):
    """Refuse too many pixels from the header alone, before anything decodes it.

    Wagtail's own pixel check asks Willow for the size, and Willow decodes the
    whole image first: a few hundred bytes declaring 7000 x 7000 pixels would cost
    ~150 MB of memory per request (Pillow itself only stops above ~90 million
    pixels). Reading the header costs nothing.
    """
    if not _is_new_upload(upload):
        return
    limit = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
    too_many = ValidationError(
        _(
            "The image has too many pixels. It may be at most %(limit)s million "
            "pixels; make it smaller and try again."
        )
        % {"limit": f"{limit / 1_000_000:g}"},
        code="file_too_many_pixels",
    )
    upload.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            with PILImage.open(upload) as image:
                width, height = image.size
    except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning):
        raise too_many from None
    except (OSError, SyntaxError, ValueError):
        raise damaged_image() from None
    finally:
        upload.seek(0)
    if limit and width * height > limit:
        raise too_many


def damaged_image():
    return ValidationError(
        _("The image file is damaged or incomplete. Save it again and try again."),
        code="image_damaged",
    )


class PortalImageField(WagtailImageField):
    """Wagtail's image field with our checks first, so their clearer messages win."""

    def to_python(self, data):
        if data not in self.empty_values:
            check_image_upload(data)
            check_image_pixels(data)
        try:
            return super().to_python(data)
        except (OSError, SyntaxError, ValueError):
            # Willow decodes the whole image; a truncated or corrupt one raises
            # here, and would otherwise be a server error.
            raise damaged_image() from None


class PortalDocumentField(WagtailDocumentField):
    """Wagtail's document field (size limit) with our type and content checks."""

    def to_python(self, data):
        f = super().to_python(data)
        if f is not None:
            check_document_upload(f)
        return f


def replace_file_field(form, field_class):
    """Swap the form's generated ``file`` field for ``field_class``, keeping its
    label, widget and requiredness (Wagtail builds the field in a callback we
    cannot configure, and the multiple-upload edit form has no file field)."""
    old = form.fields.get("file")
    if old is None:
        return
    new = field_class(label=old.label, required=old.required, widget=old.widget)
    new.initial = old.initial
    form.fields["file"] = new


class PortalDocumentForm(BaseDocumentForm):
    """WAGTAILDOCS_DOCUMENT_FORM_BASE: every document upload form in the admin
    (add, multiple upload, chooser upload, edit) checks type and content."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        replace_file_field(self, PortalDocumentField)

    def _post_clean(self):
        # Wagtail's Document.clean() re-checks the extension of the file the form
        # refused, which by then is empty, and adds a second, confusing message.
        already = len(self._errors.get("file", []))
        super()._post_clean()
        if already:
            del self._errors["file"][already:]
