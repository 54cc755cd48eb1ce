"""axe-core's WCAG 2.0/2.1 A and AA rules on every front-end page type, with the
demo content, on a desktop and a phone screen: zero violations.

One test visits every page, each checked in a subtest of its own: loading the
demo takes most of the time, and a transactional test empties the database
when it ends, so the demo is loaded once and not per page.
"""

import io
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.urls import reverse

from measures.models import MeasurePage, VisualSupport
from portal.demo.content import DEMO_PASSWORD
from portal.models import MeetingMaterialPage, SavedCollection, WheelPeriodPage

from .axe import axe_violations, format_violations, require_axe
from .conftest import TIMEOUT_MS

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

NAVIGATION_TIMEOUT_MS = 30_000
VIEWPORTS = {
    "desktop": {"width": 1280, "height": 800},
    "phone": {"width": 390, "height": 844},
}


def first_live(model):
    page = model.objects.live().public().order_by("path").first()
    assert page is not None, f"the demo has no published {model.__name__}"
    return urlsplit(page.url).path


def demo_pages():
    """(name, path) of one page of every type a logged-in staff member sees."""
    visual_support = VisualSupport.objects.order_by("pk").first()
    assert visual_support is not None, "the demo has no visual supports"
    collection = SavedCollection.objects.order_by("pk").first()
    assert collection is not None, "the demo has no shared collection"
    return [
        ("home", "/"),
        ("measure list", "/tiltak/"),
        ("measure", first_live(MeasurePage)),
        ("visual-support gallery", "/visuell-stotte/"),
        (
            "visual support",
            reverse("visual_support_detail", args=[visual_support.pk]),
        ),
        ("annual wheel", "/arshjul/"),
        ("annual wheel period", first_live(WheelPeriodPage)),
        ("meeting materials", "/motemateriell/"),
        ("meeting material", first_live(MeetingMaterialPage)),
        ("search with hits", "/sok/?q=dagtavle"),
        ("search without hits", "/sok/?q=qqqxyz"),
        ("saved items", reverse("saved_list")),
        ("accessibility statement", "/tilgjengelighet/"),
        # Beyond the list: the other pages a staff member can reach.
        (
            "visual support print view",
            reverse("visual_support_print", args=[visual_support.pk]),
        ),
        (
            "shared collection",
            reverse("collection_detail", args=[collection.pk]),
        ),
        ("inclusion team", "/inkluderingsteamet/"),
        ("self-assessment", reverse("self_assessment")),
        ("practice area", reverse("practice_area")),
        ("meeting calendar", reverse("meeting_calendar")),
    ]


@pytest.fixture
def axe_installed():
    require_axe()


@pytest.fixture
def demo(axe_installed, search_ready):
    call_command("load_demo", stdout=io.StringIO(), stderr=io.StringIO())
    search_ready()


def check(subtests, page, where):
    with subtests.test(msg=where):
        violations = axe_violations(page)
        assert not violations, format_violations(where, violations)


def test_every_page_type_has_no_wcag_a_or_aa_violations(
    browser, site_url, demo, subtests
):
    pages = demo_pages()
    for screen, viewport in VIEWPORTS.items():
        # bypass_csp: the site's Content-Security-Policy only allows its own
        # scripts, and axe is injected. Only this test's contexts bypass it.
        context = browser.new_context(
            locale="nb-NO", viewport=viewport, bypass_csp=True
        )
        context.set_default_timeout(TIMEOUT_MS)
        # The first visit to a gallery makes the thumbnails' renditions.
        context.set_default_navigation_timeout(NAVIGATION_TIMEOUT_MS)
        page = context.new_page()
        try:
            # Logged out: the login page, empty and after a failed attempt.
            page.goto(f"{site_url}/logg-inn/")
            check(subtests, page, f"{screen} login")
            page.locator("input[name=username]").fill("ansatt")
            page.locator("input[name=password]").fill("feil-passord")
            page.locator("form.login-form button[type=submit]").click()
            page.locator("#login-errors").wait_for()
            check(subtests, page, f"{screen} login with errors")

            # The demo's staff member logs in through the real form.
            page.locator("input[name=password]").fill(DEMO_PASSWORD)
            page.locator("form.login-form button[type=submit]").click()
            page.wait_for_url(f"{site_url}/")

            for name, path in pages:
                response = page.goto(f"{site_url}{path}")
                assert response.ok, f"{screen} {name}: {path} gave {response.status}"
                check(subtests, page, f"{screen} {name} ({path})")
        finally:
            context.close()
