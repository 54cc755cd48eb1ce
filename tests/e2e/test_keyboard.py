"""The main path by keyboard alone, with the focus visible at every stop: skip
link, search with suggestions, open a measure, save it, print it."""

import re

import pytest

from measures.factories import MeasurePageFactory

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TITLE = "Dagtavle ved frokosten"
SLUG = "dagtavle-ved-frokosten"

# What the focused element shows: an outline, a box shadow, or (card links,
# whose whole card is the target) an outline on their ::after box.
FOCUS_STYLE = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const shows = (s) =>
    (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0) ||
    (s.boxShadow !== "none" && s.boxShadow !== "");
  const rect = el.getBoundingClientRect();
  return {
    element: el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") +
      (el.className && typeof el.className === "string"
        ? "." + el.className.trim().split(/\\s+/).join(".") : ""),
    text: (el.innerText || el.value || "").trim().slice(0, 40),
    indicator: shows(getComputedStyle(el)) || shows(getComputedStyle(el, "::after")),
    onScreen: rect.width > 0 && rect.height > 0 && rect.bottom > 0 &&
      rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth,
  };
}"""


def assert_focus_visible(page):
    focus = page.evaluate(FOCUS_STYLE)
    assert focus is not None, "nothing has the focus"
    assert focus["indicator"], f"no visible focus indicator on {focus}"
    assert focus["onScreen"], f"the focused element is off screen: {focus}"
    return focus


def has_focus(locator):
    return locator.evaluate("el => el === document.activeElement")


def tab_to(page, locator, key="Tab", limit=60):
    """Press Tab (or Shift+Tab) until ``locator`` has the focus, checking at
    every stop on the way that the focus can be seen."""
    for _ in range(limit):
        page.keyboard.press(key)
        assert_focus_visible(page)
        if has_focus(locator):
            return
    pytest.fail(f"could not reach {locator} with {key}")


@pytest.fixture
def measures(search_ready):
    pages = [
        MeasurePageFactory(title=TITLE, slug=SLUG),
        MeasurePageFactory(title="Dagtavle i garderoben", slug="dagtavle-garderoben"),
    ]
    search_ready()
    return pages


def test_main_path_by_keyboard_with_visible_focus(staff_page, site_url, measures):
    page = staff_page
    # Record print() calls instead of opening the dialog (an init script runs
    # before the page's own scripts, outside the Content-Security-Policy).
    page.context.add_init_script(
        "window.__printed = 0; window.print = () => { window.__printed += 1; };"
    )
    page.reload()

    # 1. The skip link is the first stop, shown on screen, and leads to <main>.
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert has_focus(skip)
    assert_focus_visible(page)
    assert skip.bounding_box()["y"] >= 0
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.keyboard.press("Tab")
    assert page.locator("#main").evaluate("m => m.contains(document.activeElement)")
    assert_focus_visible(page)

    # 2. Back up to the search box, type, and pick a suggestion.
    box = page.locator("#site-search-q")
    tab_to(page, box, key="Shift+Tab")
    page.keyboard.type("dagtavle")
    listbox = page.get_by_role("listbox")
    listbox.wait_for(state="visible")
    options = listbox.get_by_role("option")
    titles = [t.strip() for t in options.locator(".suggest__title").all_inner_texts()]
    assert TITLE in titles
    for _ in range(titles.index(TITLE) + 1):
        page.keyboard.press("ArrowDown")
    active = listbox.locator(f"#{box.get_attribute('aria-activedescendant')}")
    assert TITLE in active.inner_text()
    assert has_focus(box)  # the box keeps the focus, and shows it
    assert_focus_visible(page)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(rf"/tiltak/{SLUG}/$"))
    assert page.get_by_role("heading", level=1).inner_text() == TITLE

    # 3. Save it: the button says what it will do next, and keeps the focus.
    save = page.locator("button.save-button")
    label = save.locator(".save-button__label")
    assert label.inner_text() == "Lagre"
    tab_to(page, save)
    page.keyboard.press("Enter")
    page.locator("#live-status", has_text=f"Lagret: {TITLE}").wait_for(state="attached")
    assert label.inner_text() == "Fjern fra lagrede"
    assert has_focus(save)
    assert_focus_visible(page)

    # 4. Print: the button (before Lagre) opens the browser's print dialog ...
    print_button = page.locator("button.print-button")
    tab_to(page, print_button, key="Shift+Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("window.__printed") == 1
    page.keyboard.press("Space")
    assert page.evaluate("window.__printed") == 2

    # ... and the printout is the measure alone, with its address.
    page.emulate_media(media="print")
    for chrome in (".site-header", ".main-nav", ".site-footer", ".skip-link"):
        assert page.locator(chrome).is_hidden(), f"{chrome} is printed"
    assert save.is_hidden() and print_button.is_hidden()
    assert page.get_by_role("heading", level=1).is_visible()
    assert page.locator(".print-url").is_visible()
    page.emulate_media(media="screen")
    assert page.locator(".main-nav").is_visible()
