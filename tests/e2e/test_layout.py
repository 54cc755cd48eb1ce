"""Layout on a phone (390 px, the narrowest screen staff use): nothing in the
header runs into its neighbour or breaks a word, and on the search page the
results come before the filters."""

import pytest

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 390, "height": 844}

# Menu links whose text is wider than the link (so it spills into the next one),
# that break a word over two lines, or whose boxes overlap another link's.
CLASHES = r"""() => {
  const links = [...document.querySelectorAll(".main-nav__link")];
  const boxes = links.map((a) => a.getBoundingClientRect());
  const clashes = [];
  links.forEach((a, i) => {
    if (a.scrollWidth > a.clientWidth + 1) clashes.push(a.innerText + " spills over");
    // More lines than words: a word was broken ("Inkluderingsteame-t").
    const range = document.createRange();
    range.selectNodeContents(a);
    const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
    const words = a.innerText.trim().split(/\s+/).length;
    if (lines.size > words) clashes.push(a.innerText + " breaks a word");
    boxes.forEach((b, j) => {
      const r = boxes[i];
      if (j > i && r.left < b.right - 1 && b.left < r.right - 1 &&
          r.top < b.bottom - 1 && b.top < r.bottom - 1) {
        clashes.push(a.innerText + " overlaps " + links[j].innerText);
      }
    });
  });
  return clashes;
}"""


def test_main_menu_fits_a_phone(staff_page, site_url):
    staff_page.set_viewport_size(PHONE)
    staff_page.goto(f"{site_url}/")
    assert staff_page.locator(".main-nav__link").count() == 6
    assert staff_page.evaluate(CLASHES) == []


def test_search_results_come_before_the_filters_on_a_phone(
    staff_page, site_url, search_ready
):
    from measures.factories import MeasurePageFactory

    page = MeasurePageFactory(title="Dagtavle i garderoben", live=False)
    page.save_revision().publish()
    search_ready()
    staff_page.set_viewport_size(PHONE)
    staff_page.goto(f"{site_url}/sok/?q=dagtavle")
    result = staff_page.locator(".search-result").first.bounding_box()
    facets = staff_page.locator(".facets").bounding_box()
    assert result["y"] < facets["y"]
    staff_page.get_by_role("link", name="Avgrens resultatene").click()
    assert staff_page.evaluate("location.hash") == "#facets-heading"
