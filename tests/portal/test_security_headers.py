"""Security headers on every response: CSP, no sniffing, referrer, no framing."""

import base64
import hashlib
import re
from pathlib import Path

import pytest
from django.conf import settings

TEMPLATES = Path(settings.BASE_DIR) / "templates"


def policy(response):
    header = response["Content-Security-Policy"]
    directives = {}
    for part in header.split(";"):
        name, *sources = part.split()
        directives[name] = set(sources)
    return directives


def assert_common_headers(response):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    csp = policy(response)
    assert csp["default-src"] == {"'self'"}
    assert csp["object-src"] == {"'none'"}
    assert csp["base-uri"] == {"'self'"}
    assert csp["form-action"] == {"'self'"}
    return csp


def assert_strict_front_end_policy(response):
    csp = assert_common_headers(response)
    assert csp["script-src"] == {"'self'"}
    assert not any("unsafe" in source for source in csp["style-src"])
    assert csp["frame-ancestors"] == {"'none'"}
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/logg-inn/", "/helse/"])
def test_public_pages_send_the_strict_policy(client, path):
    assert_strict_front_end_policy(client.get(path))


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path", ["/", "/tiltak/", "/visuell-stotte/", "/sok/?q=lek", "/finnes-ikke/"]
)
def test_front_end_sends_the_strict_policy(staff_client, path):
    assert_strict_front_end_policy(staff_client.get(path))


@pytest.mark.django_db
def test_redirect_to_login_also_carries_the_headers(client):
    response = client.get("/tiltak/")
    assert response.status_code == 302
    assert_strict_front_end_policy(response)


@pytest.mark.django_db
def test_admin_gets_its_own_documented_relaxation_only(editor_client):
    csp = assert_common_headers(editor_client.get("/admin/"))
    # Wagtail's widgets still need inline scripts; see docs/operations.md.
    assert csp["script-src"] == {"'self'", "'unsafe-inline'"}
    # Page preview frames the admin's own pages.
    assert csp["frame-ancestors"] == {"'self'"}
    assert not any(source.startswith("http") for source in csp["script-src"])


@pytest.mark.django_db
def test_page_preview_uses_the_admin_policy(editor_client):
    from measures.factories import MeasurePageFactory

    page = MeasurePageFactory()
    url = f"/admin/pages/{page.pk}/edit/preview/"
    editor_client.post(url, {})
    response = editor_client.get(url)
    assert response.status_code == 200
    assert policy(response)["frame-ancestors"] == {"'self'"}


def template_files():
    return sorted(TEMPLATES.rglob("*.html"))


INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.IGNORECASE)
EVENT_HANDLER = re.compile(r"\son[a-z]+\s*=", re.IGNORECASE)
STYLE_ATTRIBUTE = re.compile(r"\sstyle\s*=", re.IGNORECASE)


@pytest.mark.parametrize("template", template_files(), ids=lambda p: p.name)
def test_templates_need_no_unsafe_inline(template):
    """What the strict policy would block: inline script, handlers, style attrs."""
    source = template.read_text(encoding="utf-8")
    assert not INLINE_SCRIPT.search(source)
    assert not EVENT_HANDLER.search(source)
    assert "javascript:" not in source.lower()
    assert not STYLE_ATTRIBUTE.search(source)


def test_error_page_style_is_allowed_by_its_hash():
    """templates/500.html inlines its CSS (it renders without static files); the
    policy allows exactly that block. Editing the CSS means updating the hash."""
    source = (TEMPLATES / "500.html").read_text(encoding="utf-8")
    blocks = re.findall(r"<style>(.*?)</style>", source, re.DOTALL)
    digest = base64.b64encode(hashlib.sha256(blocks[0].encode()).digest()).decode()
    style_src = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["style-src"]
    assert f"'sha256-{digest}'" in style_src
    assert len(blocks) == 1
