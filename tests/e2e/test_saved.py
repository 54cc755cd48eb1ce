"""Saving in a real browser, by keyboard only: from a measure's page and from
search results, finding both under "Mine lagrede", and removing one. Without
JavaScript the same buttons work as plain forms."""

import re

import pytest

from measures.factories import MeasurePageFactory

from .conftest import log_in

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

FIRST = "Dagtavle i garderoben"
SECOND = "Bildekort for garderoben"


@pytest.fixture
def measures(search_ready):
    pages = [
        MeasurePageFactory(title=FIRST, slug="dagtavle-i-garderoben"),
        MeasurePageFactory(title=SECOND, slug="bildekort-for-garderoben"),
    ]
    search_ready()
    return pages


def tab_to(page, locator, limit=80):
    """Press Tab until ``locator`` has focus, as a keyboard user would."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if locator.evaluate("el => el === document.activeElement"):
            return
    pytest.fail(f"could not reach {locator} with Tab")


def announced(page, text):
    """Wait until the live region says ``text`` (no eval: the CSP forbids it)."""
    page.locator("#live-status", has_text=text).wait_for(state="attached")


def save_button(page, title):
    return page.locator("button.save-button", has_text=title)


def test_keyboard_user_saves_finds_and_removes(staff_page, site_url, measures):
    page = staff_page
    status = page.locator("#live-status")

    # 1. Save from the measure's own page.
    page.goto(f"{site_url}/tiltak/dagtavle-i-garderoben/")
    button = save_button(page, FIRST)
    assert button.inner_text().startswith("Lagre")
    tab_to(page, button)
    # The focus is visible.
    outline = button.evaluate("el => getComputedStyle(el).outlineStyle")
    assert outline != "none"
    page.keyboard.press("Enter")
    announced(page, "Lagret")
    assert status.inner_text() == f"Lagret: {FIRST}"
    assert button.locator(".save-button__label").inner_text() == "Fjern fra lagrede"
    assert button.evaluate("el => el === document.activeElement")
    assert page.url.endswith("/tiltak/dagtavle-i-garderoben/")  # stayed in place

    # 2. Save the other one from the search results.
    tab_to(page, page.locator("#site-search-q"))
    page.keyboard.type("garderoben")
    page.keyboard.press("Enter")  # no suggestion highlighted: the form submits
    page.wait_for_url(re.compile(r"/sok/\?q=garderoben$"))
    result_button = save_button(page, SECOND)
    assert result_button.locator(".save-button__label").inner_text() == "Lagre"
    # The one saved a moment ago is shown as saved.
    saved_button = save_button(page, FIRST).locator(".save-button__label")
    assert saved_button.inner_text() == "Fjern fra lagrede"
    tab_to(page, result_button)
    page.keyboard.press("Space")
    announced(page, f"Lagret: {SECOND}")
    assert result_button.locator(".save-button__label").inner_text() == (
        "Fjern fra lagrede"
    )

    # 3. Find both under "Mine lagrede", reached from the main menu.
    nav_link = page.get_by_role("navigation", name="Hovedmeny").get_by_role(
        "link", name="Mine lagrede"
    )
    tab_to(page, nav_link, limit=120)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/lagret/$"))
    titles = page.locator(".saved-item__title").all_inner_texts()
    assert [t.strip() for t in titles] == [SECOND, FIRST]  # newest first

    # 4. Remove one; it toggles in place and can be undone until the page reloads.
    remove = save_button(page, FIRST)
    tab_to(page, remove)
    page.keyboard.press("Enter")
    announced(page, f"Fjernet fra lagrede: {FIRST}")
    assert remove.locator(".save-button__label").inner_text() == "Lagre"
    page.reload()
    titles = page.locator(".saved-item__title").all_inner_texts()
    assert [t.strip() for t in titles] == [SECOND]


def test_without_javascript_saving_is_a_form_that_comes_back(
    browser, nojs_page, site_url, measures
):
    from team.factories import ProfileFactory, UserFactory

    user = UserFactory(group="Ansatte")
    ProfileFactory(user=user)
    page = log_in(nojs_page, site_url, user)
    page.goto(f"{site_url}/tiltak/dagtavle-i-garderoben/")
    save_button(page, FIRST).focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/tiltak/dagtavle-i-garderoben/#lagre-tiltak-\d+$"))
    assert "er lagret i Mine lagrede" in page.locator(".messages").inner_text()
    label = save_button(page, FIRST).locator(".save-button__label")
    assert label.inner_text() == "Fjern fra lagrede"

    page.goto(f"{site_url}/lagret/")
    assert FIRST in page.locator(".saved-item__title").all_inner_texts()[0]
