"""Pages stay light: a measure page's HTML, CSS and JS under 100 KB, and images
as responsive WebP renditions with their size set, lazy below the fold."""

from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.db.models import Count

from measures.models import MeasurePage, VisualSupport
from portal.saved import services as saved

PAGE_WEIGHT_LIMIT = 100 * 1000  # bytes: HTML + CSS + JS, before images


class Elements(HTMLParser):
    """Every start tag with its attributes, and the <picture> each <img> is in."""

    def __init__(self):
        super().__init__()
        self.tags = []
        self.pictures = []  # one list of elements per <picture>
        self._picture = None

    def handle_starttag(self, tag, attrs):
        element = (tag, dict(attrs))
        self.tags.append(element)
        if tag == "picture":
            self._picture = []
            self.pictures.append(self._picture)
        elif self._picture is not None:
            self._picture.append(element)

    def handle_endtag(self, tag):
        if tag == "picture":
            self._picture = None


def parse(html):
    parser = Elements()
    parser.feed(html)
    return parser


@pytest.fixture
def demo(db):
    call_command("load_demo")


def richest_demo_measure():
    """The demo measure with the most visual supports (and then steps)."""
    return (
        MeasurePage.objects.live()
        .annotate(n=Count("visual_support_links"))
        .order_by("-n", "-pk")
        .first()
    )


def static_bytes(url):
    assert url.startswith(settings.STATIC_URL), url
    path = finders.find(url.removeprefix(settings.STATIC_URL).split("?")[0])
    assert path, f"{url} is linked but not a static file"
    return Path(path).stat().st_size


def page_weight(client, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assets = {
        attrs["href"]
        for tag, attrs in parse(html).tags
        if tag == "link" and attrs.get("rel") == "stylesheet"
    } | {
        attrs["src"]
        for tag, attrs in parse(html).tags
        if tag == "script" and "src" in attrs
    }
    return len(response.content), {url: static_bytes(url) for url in assets}, html


def test_measure_page_html_css_and_js_stay_under_100_kb(demo, staff_client):
    measure = richest_demo_measure()
    html_bytes, assets, _ = page_weight(staff_client, measure.url)
    assert any(url.endswith(".css") for url in assets)
    assert any(url.endswith(".js") for url in assets)
    total = html_bytes + sum(assets.values())
    assert total <= PAGE_WEIGHT_LIMIT, (html_bytes, assets)
    # The home page links the same files; it shows no images.
    html_bytes, assets, html = page_weight(staff_client, "/")
    assert html_bytes + sum(assets.values()) <= PAGE_WEIGHT_LIMIT, (html_bytes, assets)


def assert_responsive_webp_images(html, eager_allowed=1):
    pictures = parse(html).pictures
    images = [attrs for tag, attrs in parse(html).tags if tag == "img"]
    assert images, "the page shows no images"
    for picture in pictures:
        types = {attrs.get("type") for tag, attrs in picture if tag == "source"}
        assert types & {"image/webp", "image/avif"}, picture
    in_pictures = [attrs for p in pictures for tag, attrs in p if tag == "img"]
    for index, attrs in enumerate(images):
        assert attrs in in_pictures, f"<img> outside <picture>: {attrs}"
        assert attrs.get("width", "").isdigit() and attrs.get("height", "").isdigit()
        assert "/images/" in attrs["src"], attrs  # a rendition, not the original
        assert "srcset" in attrs and "sizes" in attrs, attrs
        if index >= eager_allowed:
            assert attrs.get("loading") == "lazy", attrs
    return images


def test_measure_page_images_are_responsive_webp_renditions(demo, staff_client):
    measure = richest_demo_measure()
    staff_client.get(measure.url)  # renditions are made on the first view
    html = staff_client.get(measure.url).content.decode()
    # The measure's pictures come after its text: all below the fold.
    images = assert_responsive_webp_images(html, eager_allowed=0)
    assert len(images) >= measure.visual_support_links.count() >= 1


def test_gallery_and_saved_items_images_are_responsive_webp(
    demo, staff_client, staff_user
):
    html = staff_client.get("/visuell-stotte/").content.decode()
    # The first two rows (8 thumbnails) are in view when the page opens.
    assert len(assert_responsive_webp_images(html, eager_allowed=8)) > 8

    for image in VisualSupport.objects.all()[:3]:
        saved.save(staff_user, image)
    html = staff_client.get("/lagret/").content.decode()
    images = assert_responsive_webp_images(html, eager_allowed=0)
    assert len(images) == 3
