"""The search box's suggestions, in a real browser, by keyboard and without JS."""

import re

import pytest

from measures.factories import MeasurePageFactory

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

MEASURE_TITLE = "Først–så-tavle ved påkledningen"
MEASURE_PATH = "/tiltak/forst-sa-tavle-ved-pakledning/"


@pytest.fixture
def measures(search_ready):
    """Two published measures about getting dressed, and one about something else."""
    pages = [
        MeasurePageFactory(title=MEASURE_TITLE, slug="forst-sa-tavle-ved-pakledning"),
        MeasurePageFactory(
            title="Påkledning i faste trinn", slug="pakledning-i-faste-trinn"
        ),
        MeasurePageFactory(title="Rolig samlingsstund", slug="rolig-samlingsstund"),
    ]
    search_ready()
    return pages


def search_box(page):
    return page.locator("#site-search-q")


def open_suggestions(page, text):
    box = search_box(page)
    box.press_sequentially(text)
    listbox = page.get_by_role("listbox")
    listbox.wait_for(state="visible")
    return box, listbox


def test_keyboard_user_picks_a_suggestion(staff_page, measures):
    page = staff_page
    # Tab order: skip link, site name, then the search box.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    box = search_box(page)
    assert box.evaluate("el => el === document.activeElement")
    assert box.get_attribute("role") == "combobox"
    assert box.get_attribute("aria-expanded") == "false"
    assert box.get_attribute("aria-autocomplete") == "list"

    page.keyboard.type("pakl")
    listbox = page.get_by_role("listbox")
    listbox.wait_for(state="visible")
    assert box.get_attribute("aria-controls") == listbox.get_attribute("id")
    assert box.get_attribute("aria-expanded") == "true"
    assert box.get_attribute("aria-activedescendant") is None
    options = listbox.get_by_role("option")
    titles = [t.strip() for t in options.locator(".suggest__title").all_inner_texts()]
    assert set(titles) == {MEASURE_TITLE, "Påkledning i faste trinn"}
    # The type is shown beside each title, and the count is announced politely.
    types = options.locator(".suggest__type").all_text_contents()
    assert [t.removeprefix(", ") for t in types] == ["Tiltak", "Tiltak"]
    status = page.locator(".suggest [role=status]").first
    assert status.get_attribute("aria-live") == "polite"
    assert status.inner_text() == "2 forslag"

    page.keyboard.press("ArrowDown")
    first = options.nth(0)
    assert box.get_attribute("aria-activedescendant") == first.get_attribute("id")
    assert first.get_attribute("aria-selected") == "true"
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")  # wraps round to the first again
    assert box.get_attribute("aria-activedescendant") == first.get_attribute("id")
    page.keyboard.press("ArrowUp")  # and back to the last
    last = options.nth(1)
    assert box.get_attribute("aria-activedescendant") == last.get_attribute("id")
    page.keyboard.press("ArrowUp")
    assert box.get_attribute("aria-activedescendant") == first.get_attribute("id")
    # Typing is never taken away from the input.
    assert box.evaluate("el => el === document.activeElement")

    target = options.nth(titles.index(MEASURE_TITLE))
    for _ in range(titles.index(MEASURE_TITLE)):
        page.keyboard.press("ArrowDown")
    assert box.get_attribute("aria-activedescendant") == target.get_attribute("id")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(re.escape(MEASURE_PATH) + "$"))
    assert page.get_by_role("heading", level=1).inner_text() == MEASURE_TITLE


def test_escape_tab_mouse_and_failures_on_a_narrow_screen(staff_page, measures):
    page = staff_page
    page.set_viewport_size({"width": 360, "height": 740})
    requests = []
    page.on("request", lambda r: "/sok/forslag/" in r.url and requests.append(r.url))
    search_box(page).click()
    box, listbox = open_suggestions(page, "pakl")
    # The popup fits the phone-sized screen.
    bounds = listbox.bounding_box()
    assert bounds["x"] >= 0 and bounds["x"] + bounds["width"] <= 360

    page.keyboard.press("ArrowDown")
    page.keyboard.press("Escape")
    assert listbox.is_hidden()
    assert box.get_attribute("aria-expanded") == "false"
    assert box.get_attribute("aria-activedescendant") is None
    assert box.input_value() == "pakl"
    page.keyboard.press("Escape")
    assert box.input_value() == ""

    # Tab closes the popup and moves on without choosing anything.
    box, listbox = open_suggestions(page, "pakl")
    page.keyboard.press("Tab")
    assert listbox.is_hidden()
    assert box.get_attribute("aria-expanded") == "false"
    assert page.url.endswith("/")

    # One character is too few to ask; a failing request shows nothing.
    box.fill("")
    box.click()
    asked = len(requests)
    box.press_sequentially("p")
    page.wait_for_timeout(400)
    assert len(requests) == asked
    page.route("**/sok/forslag/**", lambda route: route.abort())
    box.press_sequentially("akl")
    page.wait_for_timeout(400)
    assert len(requests) > asked
    assert listbox.is_hidden()
    assert box.input_value() == "pakl"
    page.unroute("**/sok/forslag/**")

    # A click on an option follows it.
    box.fill("")
    box, listbox = open_suggestions(page, "rolig")
    listbox.get_by_role("option", name=re.compile("Rolig samlingsstund")).click()
    page.wait_for_url(re.compile(r"/tiltak/rolig-samlingsstund/$"))

    # Enter with no highlighted option submits the search form as usual.
    search_box(page).click()
    box, listbox = open_suggestions(page, "pakledning")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/sok/\?q=pakledning$"))


def test_without_javascript_the_form_submits(nojs_staff_page, measures):
    page = nojs_staff_page
    box = search_box(page)
    assert box.get_attribute("role") is None  # not enhanced
    box.fill("pakledning")
    box.press("Enter")
    page.wait_for_url(re.compile(r"/sok/\?q=pakledning$"))
    results = page.locator(".search-results__list .card__title")
    assert MEASURE_TITLE in results.all_inner_texts()
