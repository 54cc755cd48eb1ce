"""DESIGN.md's permission table, row by row, as HTTP requests.

test_permissions.py checks the groups and Wagtail's page permissions as objects;
this table asks the running site what each kind of visitor gets at each address:

- ``ok``: the page (200);
- ``login``: redirected to the login page with ``next``;
- ``refused``: logged in but not allowed (403, or Wagtail's redirect away with a
  message), never the page itself.
"""

from urllib.parse import quote

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page

from measures.factories import MeasurePageFactory
from measures.models import MeasureIndexPage
from portal.factories import MeetingMaterialPageFactory
from portal.models import MeetingMaterialIndexPage

ANON, STAFF, DIRECTOR, EDITOR = "anonym", "Ansatte", "Styrere", "Redaktører"
EVERYONE_LOGGED_IN = {STAFF: "ok", DIRECTOR: "ok", EDITOR: "ok"}
ADMIN_EDITORS_ONLY = {STAFF: "refused", DIRECTOR: "refused", EDITOR: "ok"}
ADMIN_BOTH = {STAFF: "refused", DIRECTOR: "ok", EDITOR: "ok"}
NOBODY_BUT_SUPERUSERS = {STAFF: "refused", DIRECTOR: "refused", EDITOR: "refused"}

MATRIX = [
    # Front end: read, search, save, print — every staff member, nobody else.
    ("/", EVERYONE_LOGGED_IN),
    ("/tiltak/", EVERYONE_LOGGED_IN),
    ("{measure_url}", EVERYONE_LOGGED_IN),
    ("/visuell-stotte/", EVERYONE_LOGGED_IN),
    ("/arshjul/", EVERYONE_LOGGED_IN),
    ("/motemateriell/", EVERYONE_LOGGED_IN),
    ("{material_url}", EVERYONE_LOGGED_IN),
    ("/sok/?q=lek", EVERYONE_LOGGED_IN),
    ("/sok/forslag/?q=le", EVERYONE_LOGGED_IN),
    ("/lagret/", EVERYONE_LOGGED_IN),
    ("/tilgjengelighet/", EVERYONE_LOGGED_IN),
    # Self-assessment is for kindergarten staff; the inclusion team's editors
    # belong to no kindergarten and are told so.
    ("/arshjul/stastedsanalyse/", {STAFF: "ok", DIRECTOR: "ok", EDITOR: "refused"}),
    # Directors see their kindergarten's aggregate; a teacher does not.
    ("/arshjul/resultater/", {STAFF: "refused", DIRECTOR: "ok", EDITOR: "refused"}),
    ("/arshjul/motekalender/nytt/", {STAFF: "refused", DIRECTOR: "ok"}),
    # The admin: editors for everything, directors for meeting materials.
    ("/admin/", ADMIN_BOTH),
    ("/admin/pages/add/measures/measurepage/{measures}/", ADMIN_EDITORS_ONLY),
    ("/admin/pages/{measure}/edit/", ADMIN_EDITORS_ONLY),
    ("/admin/pages/add/portal/meetingmaterialpage/{meetings}/", ADMIN_BOTH),
    ("/admin/pages/{material}/edit/", ADMIN_BOTH),
    ("/admin/pages/{home}/edit/", ADMIN_EDITORS_ONLY),
    ("/admin/images/add/", ADMIN_EDITORS_ONLY),
    ("/admin/images/chooser/", ADMIN_BOTH),
    ("/admin/documents/add/", ADMIN_BOTH),
    ("/admin/snippets/measures/situation/add/", ADMIN_EDITORS_ONLY),
    ("/admin/snippets/measures/synonymgroup/add/", ADMIN_EDITORS_ONLY),
    ("/admin/reports/search-queries/", ADMIN_EDITORS_ONLY),
    ("/admin/searchpicks/", ADMIN_EDITORS_ONLY),
    # Superusers administer people and groups.
    ("/admin/users/", NOBODY_BUT_SUPERUSERS),
    ("/admin/groups/", NOBODY_BUT_SUPERUSERS),
]

FIXTURES = {STAFF: "staff_user", DIRECTOR: "director_user", EDITOR: "editor_user"}

CASES = [
    pytest.param(url, who, expected, id=f"{who}:{url}")
    for url, rules in MATRIX
    for who, expected in [(ANON, "login"), *rules.items()]
]


@pytest.fixture
def urls(db):
    measure = MeasurePageFactory()
    material = MeetingMaterialPageFactory()
    return {
        "measure": measure.pk,
        "measure_url": measure.url,
        "material": material.pk,
        "material_url": material.url,
        "measures": MeasureIndexPage.objects.get().pk,
        "meetings": MeetingMaterialIndexPage.objects.get().pk,
        "home": Page.objects.get(depth=2).pk,
    }


@pytest.fixture
def visitor(request, client):
    who = request.param
    if who != ANON:
        user = request.getfixturevalue(FIXTURES[who])
        assert list(user.groups.values_list("name", flat=True)) == [who]
        client.force_login(user)
    return client


@pytest.mark.django_db
@pytest.mark.parametrize(("url", "visitor", "expected"), CASES, indirect=["visitor"])
def test_permission_matrix(url, visitor, expected, urls):
    path = url.format(**urls)
    response = visitor.get(path)
    outcome = f"{response.status_code} {response.get('Location', '')}"
    if expected == "ok":
        assert response.status_code == 200, outcome
    elif expected == "login":
        assert response.status_code == 302, outcome
        assert response["Location"] == f"/logg-inn/?next={quote(path, safe='/')}"
    else:
        assert response.status_code in (302, 403), outcome
        if response.status_code == 302:
            assert response["Location"] != path, outcome


def test_the_matrix_covers_exactly_the_groups_of_design_md(db):
    groups = set(Group.objects.values_list("name", flat=True))
    assert groups == {STAFF, DIRECTOR, EDITOR}
    for _, rules in MATRIX:
        assert set(rules) <= groups
