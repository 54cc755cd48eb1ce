"""The home page and the wheel offer only development-cycle links the reader can
use: no link that answers 403 (an editor without a department, or without a
staff profile at all, sees no plan, results, self-assessment or calendar link)."""

import datetime
import re

import pytest

from team.factories import ProfileFactory, UserFactory

pytestmark = pytest.mark.django_db
PAGES = ("/", "/arshjul/")
CYCLE_LINK = re.compile(r'href="(/arshjul/[^"#?]*)')


def _links(client):
    found = set()
    for page in PAGES:
        response = client.get(page)
        assert response.status_code == 200, page
        found |= set(CYCLE_LINK.findall(response.content.decode()))
    return found


@pytest.fixture
def readers(kindergarten, department, make_person, leader, director):
    editor_with_profile = UserFactory(username="redaktor", group="Redaktører")
    ProfileFactory(
        user=editor_with_profile,
        kindergarten=kindergarten,
        department=None,
        role_title="spesialpedagog",
    )
    return {
        "editor without profile": UserFactory(group="Redaktører"),
        "editor without department": editor_with_profile,
        "staff": make_person(department, role="assistent"),
        "leader": leader,
        "director": director,
    }


@pytest.mark.parametrize("day", ["2026-10-05", "2026-12-02"])
@pytest.mark.parametrize(
    "reader",
    [
        "editor without profile",
        "editor without department",
        "staff",
        "leader",
        "director",
    ],
)
def test_every_cycle_link_shown_can_be_used(
    client, wheel, readers, reader, day, set_today
):
    set_today(datetime.date.fromisoformat(day))
    client.force_login(readers[reader])
    links = _links(client)
    assert links  # the wheel's periods at least
    refused = {url: client.get(url, follow=True).status_code for url in links}
    assert {url: s for url, s in refused.items() if s != 200} == {}


def test_who_gets_the_plan_and_results_links(client, wheel, readers, set_today):
    set_today(datetime.date(2026, 10, 5))
    expected = {
        "editor without profile": set(),
        "editor without department": {"/arshjul/stastedsanalyse/"},
        "staff": {"/arshjul/stastedsanalyse/", "/arshjul/plan/"},
        "leader": {
            "/arshjul/stastedsanalyse/",
            "/arshjul/plan/",
            "/arshjul/resultater/",
        },
        "director": {
            "/arshjul/stastedsanalyse/",
            "/arshjul/plan/",
            "/arshjul/resultater/",
        },
    }
    watched = {"/arshjul/stastedsanalyse/", "/arshjul/plan/", "/arshjul/resultater/"}
    for reader, links in expected.items():
        client.force_login(readers[reader])
        assert _links(client) & watched == links, reader
