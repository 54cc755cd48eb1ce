"""Saving things: the Lagre button, "Mine lagrede", changed and gone targets."""

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from wagtail.search.backends import get_search_backend

from measures.factories import MeasurePageFactory, VisualSupportFactory
from measures.models import MeasurePage, VisualSupport
from portal.choices import Licence
from portal.factories import (
    MeetingMaterialPageFactory,
    WheelPeriodPageFactory,
    save_for,
)
from portal.models import SavedItem
from portal.saved import services as saved
from search import service, vocabulary
from team.factories import UserFactory
from tests.helpers import publish as published

pytestmark = pytest.mark.django_db

TOGGLE = "/lagret/lagre/"


def republish(page, **changes):
    page = type(page).objects.get(pk=page.pk)
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


def toggle(client, kind, object_id, action="save", next_url="", **extra):
    data = {"type": kind, "id": object_id, "action": action, "next": next_url}
    return client.post(TOGGLE, data, **extra)


def saved_rows(user):
    return list(SavedItem.objects.filter(user=user))


# --- The button on every kind of content ---


@pytest.mark.parametrize(
    "make, kind",
    [
        (lambda: published(MeasurePageFactory), "tiltak"),
        (lambda: published(MeetingMaterialPageFactory), "motemateriell"),
        (lambda: published(WheelPeriodPageFactory), "arshjul"),
        (VisualSupportFactory, "visuell-stotte"),
    ],
)
def test_every_kind_has_a_save_button_that_toggles(
    staff_client, staff_user, make, kind
):
    target = make()
    url = target.url if kind != "visuell-stotte" else target.get_absolute_url()
    html = staff_client.get(url).content.decode()
    assert f'id="lagre-{kind}-{target.pk}"' in html
    assert 'name="action" value="save"' in html
    assert "csrfmiddlewaretoken" in html

    response = toggle(staff_client, kind, target.pk, next_url=url)
    assert response.status_code == 302
    assert response["Location"] == f"{url}#lagre-{kind}-{target.pk}"
    assert [row.object_id for row in saved_rows(staff_user)] == [target.pk]

    page = staff_client.get(url)
    html = page.content.decode()
    assert 'name="action" value="remove"' in html
    assert "Fjern fra lagrede" in html
    assert "er lagret i Mine lagrede" in html  # the message after the redirect

    toggle(staff_client, kind, target.pk, action="remove", next_url=url)
    assert saved_rows(staff_user) == []


def test_search_results_have_save_buttons_in_the_right_state(staff_client, staff_user):
    first = published(title="Dagtavle i garderoben", summary="Garderoben.")
    second = published(title="Bildekort for garderoben", summary="Garderoben.")
    save_for(staff_user, second)
    service.mark_engine_up()
    if settings.SEARCH_BACKEND != "database":
        get_search_backend("default").refresh_indexes()
    vocabulary.invalidate()

    response = staff_client.get("/sok/", {"q": "garderoben"})
    html = response.content.decode()
    assert f'id="lagre-tiltak-{first.pk}"' in html
    assert f'id="lagre-tiltak-{second.pk}"' in html
    first_form = html.split(f'id="lagre-tiltak-{first.pk}"')[1].split("</form>")[0]
    second_form = html.split(f'id="lagre-tiltak-{second.pk}"')[1].split("</form>")[0]
    assert 'value="save"' in first_form
    assert 'value="remove"' in second_form
    # The button's accessible name says what it saves.
    assert 'Lagre</span><span class="visually-hidden">: Dagtavle i garderoben' in (
        first_form
    )


def test_pages_ask_once_for_the_saved_set(
    staff_client, staff_user, django_assert_max_num_queries
):
    page = published()
    staff_client.get(page.url)
    keys_queries = []

    def count(execute, sql, params, many, context):
        if "portal_saveditem" in sql:
            keys_queries.append(sql)
        return execute(sql, params, many, context)

    from django.db import connection

    with connection.execute_wrapper(count):
        staff_client.get(page.url)
    assert len(keys_queries) == 1


# --- Saving: idempotent, JSON for scripts, safe redirects ---


def test_saving_twice_is_saving_once(staff_client, staff_user):
    page = published()
    toggle(staff_client, "tiltak", page.pk)
    toggle(staff_client, "tiltak", page.pk)
    assert len(saved_rows(staff_user)) == 1


def test_the_database_refuses_a_duplicate(staff_user):
    page = published()
    save_for(staff_user, page)
    with pytest.raises(IntegrityError), transaction.atomic():
        SavedItem.objects.create(
            user=staff_user,
            content_type=ContentType.objects.get_for_model(MeasurePage),
            object_id=page.pk,
            title="dobbel",
        )


def test_save_records_a_title_and_version_snapshot(staff_user):
    page = published(title="Rolig samlingsstund")
    (item,) = save_for(staff_user, page)
    assert item.title == "Rolig samlingsstund"
    assert item.version == f"rev:{page.live_revision_id}"


def test_json_toggle_for_the_script(staff_client, staff_user):
    page = published(title="Vente på tur")
    response = toggle(staff_client, "tiltak", page.pk, HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    assert response.json()["saved"] is True
    assert "Vente på tur" in response.json()["message"]
    response = toggle(
        staff_client, "tiltak", page.pk, "remove", HTTP_ACCEPT="application/json"
    )
    assert response.json()["saved"] is False
    assert saved_rows(staff_user) == []


@pytest.mark.parametrize(
    "next_url", ["https://evil.example/", "//evil.example/lagret/", "javascript:x"]
)
def test_next_must_point_into_the_site(staff_client, next_url):
    page = published()
    response = toggle(staff_client, "tiltak", page.pk, next_url=next_url)
    assert response.status_code == 302
    assert response["Location"].startswith("/lagret/#lagre-tiltak-")


def test_only_logged_in_users_save(client):
    page = published()
    response = toggle(client, "tiltak", page.pk)
    assert response.status_code == 302
    assert response["Location"].startswith("/logg-inn/")
    assert not SavedItem.objects.exists()


def test_saving_needs_post(staff_client):
    page = published()
    # A GET (the login redirect after an expired session) saves nothing.
    response = staff_client.get(TOGGLE, {"type": "tiltak", "id": page.pk})
    assert response.status_code == 302
    assert response["Location"] == "/lagret/"
    assert not SavedItem.objects.exists()
    assert staff_client.put(TOGGLE).status_code == 405


@pytest.mark.parametrize(
    "data, message",
    [
        ({"type": "bruker", "id": "1", "action": "save"}, "kan ikke lagres"),
        ({"id": "1", "action": "save"}, "kan ikke lagres"),
        ({"type": "tiltak", "id": "999999", "action": "save"}, "fant ikke"),
        ({"type": "tiltak", "id": "abc", "action": "save"}, "hva som skulle lagres"),
        ({"type": "tiltak", "id": "-4", "action": "save"}, "hva som skulle lagres"),
        ({"type": "tiltak", "action": "save"}, "hva som skulle lagres"),
        ({"type": "tiltak", "id": "1", "action": "slett-alt"}, "Ukjent handling"),
    ],
)
def test_bad_input_changes_nothing_and_says_why(staff_client, data, message):
    published()
    response = staff_client.post(TOGGLE, data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Ingenting ble endret" in html
    assert message in html
    assert not SavedItem.objects.exists()
    json = staff_client.post(TOGGLE, data, HTTP_ACCEPT="application/json")
    assert json.status_code == 400
    assert json.json()["ok"] is False


def test_a_draft_cannot_be_saved(staff_client):
    draft = MeasurePageFactory(live=False)
    response = toggle(staff_client, "tiltak", draft.pk)
    assert response.status_code == 400
    assert not SavedItem.objects.exists()


# --- Race: two requests at once (needs a database with real concurrency) ---


@pytest.mark.postgres  # SQLite serialises writers: no race to test there
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_saves_leave_one_row():
    import threading

    user = UserFactory()
    page = MeasurePageFactory()
    barrier = threading.Barrier(2)
    results, errors = [], []
    original_filter = SavedItem.objects.filter

    def run():
        from django.db import connections

        try:
            barrier.wait(timeout=10)
            results.append(saved.save(user, page))
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connections.close_all()

    # Both threads pass the "already saved?" check before either inserts, so
    # only the unique constraint can keep the second row out.
    def nothing_saved_yet(*args, **kwargs):
        queryset = original_filter(*args, **kwargs)
        return queryset.none() if "object_id" in kwargs else queryset

    SavedItem.objects.filter = nothing_saved_yet
    try:
        threads = [threading.Thread(target=run) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        del SavedItem.objects.filter
    assert errors == []
    assert SavedItem.objects.filter(user=user, object_id=page.pk).count() == 1
    assert sorted(created for _item, created in results) == [False, True]
    assert len({item.pk for item, _created in results}) == 1


# --- Mine lagrede ---


def test_saved_list_newest_first_grouped_by_type(staff_client, staff_user):
    old, new = published(title="Eldst"), published(title="Nyest")
    image = VisualSupportFactory(title="Piktogram jakke")
    meeting = published(MeetingMaterialPageFactory, title="Planleggingsdag")
    save_for(staff_user, old, image, meeting, new)

    response = staff_client.get("/lagret/")
    assert response.status_code == 200
    groups = response.context["groups"]
    assert [t.key for t, _entries in groups] == [
        "tiltak",
        "visuell-stotte",
        "motemateriell",
    ]
    assert [e.title for e in groups[0][1]] == ["Nyest", "Eldst"]
    html = response.content.decode()
    assert "<img" in html.split("Piktogram jakke")[0].rsplit("<li", 1)[1]

    only_images = staff_client.get("/lagret/", {"type": "visuell-stotte"})
    assert [t.key for t, _e in only_images.context["groups"]] == ["visuell-stotte"]
    assert 'aria-current="page">Visuell støtte' in only_images.content.decode()

    unknown = staff_client.get("/lagret/", {"type": "<script>"})
    assert unknown.status_code == 200
    assert "Et ukjent filter ble ignorert" in unknown.content.decode()
    assert len(unknown.context["groups"]) == 3


def test_empty_saved_list_explains_what_to_do(staff_client):
    html = staff_client.get("/lagret/").content.decode()
    assert "Du har ikke lagret noe ennå" in html


def test_changed_since_saved(staff_client, staff_user):
    page = published(title="Først–så-tavle")
    image = VisualSupportFactory(title="Lue")
    unchanged = published(title="Uendret")
    save_for(staff_user, page, image, unchanged)
    republish(page, summary="Nytt sammendrag.")
    image.description = "Tegning av en rød lue"
    image.save()

    response = staff_client.get("/lagret/")
    entries = {e.title: e for _t, group in response.context["groups"] for e in group}
    assert entries["Først–så-tavle"].changed
    assert entries["Lue"].changed
    assert not entries["Uendret"].changed
    assert response.content.decode().count("Endret siden du lagret") == 2


def test_unpublished_and_deleted_targets_are_shown_as_gone(staff_client, staff_user):
    unpublished = published(title="Avpublisert tiltak")
    deleted_page = published(title="Slettet tiltak")
    image = VisualSupportFactory(title="Slettet bilde")
    save_for(staff_user, unpublished, deleted_page, image)
    unpublished.unpublish()
    deleted_page.delete()
    image_id = image.pk
    image.delete()

    response = staff_client.get("/lagret/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("Ikke lenger tilgjengelig") == 3
    for title in ("Avpublisert tiltak", "Slettet tiltak", "Slettet bilde"):
        assert title in html
    assert f"/tiltak/{deleted_page.slug}/" not in html

    # A gone target can still be removed from the list.
    response = toggle(staff_client, "visuell-stotte", image_id, action="remove")
    assert response.status_code == 302
    assert len(saved_rows(staff_user)) == 2


def test_a_saved_item_survives_rename_and_move(staff_client, staff_user):
    page = published(title="Gammelt navn", slug="gammelt-navn")
    save_for(staff_user, page)
    page = republish(page, title="Nytt navn", slug="nytt-navn")

    html = staff_client.get("/lagret/").content.decode()
    assert 'href="/tiltak/nytt-navn/"' in html
    assert "Nytt navn" in html


def test_one_user_never_sees_anothers_saved_items(client, staff_user):
    page = published(title="Bare mitt")
    save_for(staff_user, page)
    other = UserFactory(group="Ansatte")
    client.force_login(other)
    html = client.get("/lagret/").content.decode()
    assert "Bare mitt" not in html
    # Removing someone else's item is removing nothing of theirs.
    toggle(client, "tiltak", page.pk, action="remove")
    assert len(saved_rows(staff_user)) == 1


def test_saved_list_queries_do_not_grow_with_200_items(
    staff_client, staff_user, django_assert_max_num_queries
):
    pages = [
        MeasurePageFactory(title=f"Tiltak nummer {n}", slug=f"t-{n}")
        for n in range(120)
    ]
    images = [VisualSupportFactory() for _ in range(40)]
    meetings = [MeetingMaterialPageFactory() for _ in range(40)]
    save_for(staff_user, *pages, *images, *meetings)
    for n, page in enumerate(pages[:10]):
        page.unpublish() if n % 2 else page.delete()
    assert SavedItem.objects.filter(user=staff_user).count() == 200
    staff_client.get("/lagret/")  # thumbnails are rendered on the first view
    with django_assert_max_num_queries(SAVED_LIST_QUERIES):
        response = staff_client.get("/lagret/")
    assert response.status_code == 200
    assert response.content.decode().count('<li class="saved-item') == 200


# Pinned budget: raise it only with a reason in the commit message.
SAVED_LIST_QUERIES = 18


def test_main_navigation_links_to_saved(staff_client):
    html = staff_client.get("/").content.decode()
    assert 'href="/lagret/">Mine lagrede</a>' in html


# --- Home page ---


def test_home_shows_the_latest_saved(staff_client, staff_user):
    pages = [published(title=f"Lagret {n}") for n in range(7)]
    save_for(staff_user, *pages)
    response = staff_client.get("/")
    section = response.content.decode().split("Sist lagret")[1].split("</section>")[0]
    assert ">Lagret 6<" in section and ">Lagret 2<" in section
    assert ">Lagret 1<" not in section  # only the five newest


# --- Editors: how many saved a measure ---


def test_editors_see_how_many_saved_a_measure(editor_client, staff_user):
    page = published()
    save_for(staff_user, page)
    for _ in range(2):
        user = UserFactory(group="Ansatte")
        save_for(user, page)
    html = editor_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert 'data-saved-count="3"' in html
    assert "Lagret av 3 personer" in html


def test_saved_count_counts_people_per_target(staff_user):
    page, other = published(), published()
    image = VisualSupportFactory()
    save_for(staff_user, page, image)
    save_for(UserFactory(), page)
    assert saved.saved_count(page) == 2
    assert saved.saved_count(other) == 0
    assert saved.saved_count(image) == 1


def test_visual_support_version_follows_texts_and_file():
    image = VisualSupportFactory(licence=Licence.OWN)
    before = saved.target_version(image)
    image.attribution = "Piktogram: Sergio Palao, ARASAAC"
    assert saved.target_version(image) != before
    assert saved.target_version(VisualSupport.objects.get(pk=image.pk)) == before
