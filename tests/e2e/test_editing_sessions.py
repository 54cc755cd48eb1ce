"""The page editor's "you saved a new version in another window" notice (#12, item 13).

An editor who edits a measure, and a director who edits a meeting material, in
one window: change the title, "Lagre kladd", then publish from the menu.
Nothing in the portal saves a second revision or moves a revision's time, so
the editing-sessions ping never reports the editor's own save as another
window's and publishing asks nothing. What does make Wagtail show the notice
falsely (a ping that leaves before an autosave and is answered after it) is
Wagtail's own race, explained in docs/architecture.md ("The page editor's
conflict notice").
"""

import pytest

from measures.factories import MeasurePageFactory
from portal.factories import MeetingMaterialPageFactory

from .conftest import log_in

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture(autouse=True)
def quick_ping(settings):
    # Wagtail's editor pings every 10 s; once a second keeps the test short.
    settings.WAGTAIL_EDITING_SESSION_PING_INTERVAL = 1000


def _published(page):
    page.save_revision().publish()
    return page


def _is_ping(response):
    return (
        "/admin/editing-sessions/ping/" in response.url
        and response.request.method == "POST"
    )


def edit_save_and_publish(browser_page, base_url, user, page_id):
    log_in(browser_page, base_url, user)
    edit_url = f"{base_url}/admin/pages/{page_id}/edit/"
    # The editor's controllers are up once the first ping has been answered
    # and the form has been taken as its unchanged state.
    with browser_page.expect_response(_is_ping):
        browser_page.goto(edit_url)
    browser_page.locator("#id_title").click()
    browser_page.keyboard.type(" (endret)", delay=20)

    # Save draft (a full form post), then publish from the menu.
    with browser_page.expect_navigation(url=edit_url):
        browser_page.get_by_role("button", name="Lagre kladd").click()
    # The reloaded editor pings with the revision it just saved: no other version.
    with browser_page.expect_response(_is_ping) as ping:
        pass
    assert ping.value.json()["other_sessions"] == []
    browser_page.locator("footer [data-w-dropdown-target=toggle]").first.click()
    browser_page.locator("footer button[name=action-publish]").click()
    browser_page.wait_for_url(lambda url: "/edit/" not in url)
    assert not browser_page.locator("#w-save-confirmation-dialog").is_visible()


def test_editor_sees_no_false_new_version_notice(page, site_url, editor_user):
    measure = _published(MeasurePageFactory(title="Dagtavle"))
    edit_save_and_publish(page, site_url, editor_user, measure.pk)
    measure.refresh_from_db()
    assert measure.title == "Dagtavle (endret)"
    assert not measure.has_unpublished_changes


def test_director_sees_no_false_new_version_notice(page, site_url, director_user):
    material = _published(MeetingMaterialPageFactory(title="Dagtavla i praksis"))
    edit_save_and_publish(page, site_url, director_user, material.pk)
    material.refresh_from_db()
    assert material.title == "Dagtavla i praksis (endret)"
    assert not material.has_unpublished_changes
