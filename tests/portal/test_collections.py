"""Collections: creating, ordering, sharing by kindergarten/department/everyone,
privacy between users, bad input, and the print pack."""

import pytest

from measures.factories import VisualSupportFactory
from portal.choices import Licence
from portal.factories import (
    MeetingMaterialPageFactory,
    SavedCollectionFactory,
    save_for,
)
from portal.models import SavedCollection, SavedCollectionItem, Visibility
from team.factories import DepartmentFactory, ProfileFactory, UserFactory
from tests.helpers import publish as published

pytestmark = pytest.mark.django_db


def colleague(of, same_department=False, group="Ansatte"):
    """Another user in ``of``'s kindergarten (and department, if asked)."""
    profile = of.profile
    department = (
        profile.department
        if same_department
        else DepartmentFactory(kindergarten=profile.kindergarten)
    )
    user = UserFactory(group=group)
    ProfileFactory(user=user, kindergarten=profile.kindergarten, department=department)
    return user


def outsider():
    user = UserFactory(group="Ansatte")
    ProfileFactory(user=user)
    return user


def add(collection, *objects):
    items = save_for(collection.owner, *objects)
    for order, item in enumerate(items):
        SavedCollectionItem.objects.create(
            collection=collection,
            content_type_id=item.content_type_id,
            object_id=item.object_id,
            title=item.title,
            sort_order=order,
        )
    return items


def detail_url(collection, suffix=""):
    return f"/lagret/samlinger/{collection.pk}/{suffix}"


# --- Creating and editing ---


def test_director_shares_a_planning_day_kit_with_the_kindergarten(
    director_client, director_user
):
    response = director_client.post(
        "/lagret/samlinger/ny/",
        {
            "name": "  Planleggingsdag   januar ",
            "note": "Til planleggingsdagen.",
            "visibility": "kindergarten",
        },
    )
    collection = SavedCollection.objects.get()
    assert response.status_code == 302
    assert response["Location"] == detail_url(collection)
    assert collection.name == "Planleggingsdag januar"
    assert collection.owner == director_user
    assert collection.kindergarten == director_user.profile.kindergarten
    assert collection.department is None


def test_the_form_offers_only_the_users_own_kindergarten_and_department(
    staff_client, staff_user
):
    html = staff_client.get("/lagret/samlinger/ny/").content.decode()
    assert f"Alle i {staff_user.profile.kindergarten.name}" in html
    assert f"Alle på avdelingen {staff_user.profile.department.name}" in html
    assert "Bare meg" in html
    assert "Skriv aldri noe om enkeltbarn her." in html  # the note's help text


def test_sharing_with_a_department_records_the_users_department(
    staff_client, staff_user
):
    staff_client.post(
        "/lagret/samlinger/ny/", {"name": "Bjørnen", "visibility": "department"}
    )
    collection = SavedCollection.objects.get()
    assert collection.department == staff_user.profile.department
    assert collection.kindergarten is None


def test_without_a_profile_only_private_or_everyone(editor_client):
    response = editor_client.post(
        "/lagret/samlinger/ny/", {"name": "Hjemløs", "visibility": "kindergarten"}
    )
    assert response.status_code == 400
    assert "Velg hvem samlingen deles med" in response.content.decode()
    assert not SavedCollection.objects.exists()


@pytest.mark.parametrize(
    "name, message",
    [
        ("", "Gi samlingen et navn"),
        ("   ", "Gi samlingen et navn"),
        ("x" * 201, "kan være høyst 200 tegn"),
    ],
)
def test_bad_names_are_refused(staff_client, name, message):
    response = staff_client.post(
        "/lagret/samlinger/ny/", {"name": name, "visibility": "private"}
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not SavedCollection.objects.exists()


def test_a_name_of_exactly_200_characters_is_fine(staff_client):
    response = staff_client.post(
        "/lagret/samlinger/ny/", {"name": "x" * 200, "visibility": "private"}
    )
    assert response.status_code == 302
    assert SavedCollection.objects.get().name == "x" * 200


def test_unknown_visibility_is_refused(staff_client):
    response = staff_client.post(
        "/lagret/samlinger/ny/", {"name": "Alle byer", "visibility": "world"}
    )
    assert response.status_code == 400
    assert not SavedCollection.objects.exists()


def test_owner_edits_and_deletes(staff_client, staff_user):
    collection = SavedCollectionFactory(owner=staff_user, name="Gammel")
    response = staff_client.post(
        detail_url(collection, "endre/"),
        {"name": "Ny", "note": "", "visibility": "everyone"},
    )
    assert response.status_code == 302
    collection.refresh_from_db()
    assert (collection.name, collection.visibility) == ("Ny", Visibility.EVERYONE)
    assert staff_client.get(detail_url(collection, "slett/")).status_code == 200
    staff_client.post(detail_url(collection, "slett/"))
    assert not SavedCollection.objects.exists()


def test_the_database_keeps_audience_and_visibility_consistent(staff_user):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        SavedCollection.objects.create(
            owner=staff_user, name="Feil", visibility=Visibility.KINDERGARTEN
        )
    with pytest.raises(IntegrityError), transaction.atomic():
        SavedCollection.objects.create(
            owner=staff_user,
            name="Feil",
            visibility=Visibility.PRIVATE,
            kindergarten=staff_user.profile.kindergarten,
        )


# --- Adding, removing, ordering ---


def test_add_remove_and_order_items(staff_client, staff_user):
    collection = SavedCollectionFactory(owner=staff_user)
    first, second, third = (published(title=t) for t in ("En", "To", "Tre"))
    items = save_for(staff_user, first, second, third)
    for item in items:
        response = staff_client.post(
            "/lagret/samlinger/legg-til/",
            {"collection": collection.pk, "saved_item": item.pk},
        )
        assert response.status_code == 302
    # Adding again changes nothing.
    staff_client.post(
        "/lagret/samlinger/legg-til/",
        {"collection": collection.pk, "saved_item": items[0].pk},
    )
    assert [i.title for i in collection.items.all()] == ["En", "To", "Tre"]

    third_item = collection.items.get(title="Tre")
    staff_client.post(
        detail_url(collection, f"elementer/{third_item.pk}/flytt/"), {"retning": "opp"}
    )
    assert [i.title for i in collection.items.all()] == ["En", "Tre", "To"]
    first_item = collection.items.get(title="En")
    staff_client.post(
        detail_url(collection, f"elementer/{first_item.pk}/flytt/"), {"retning": "opp"}
    )  # already first: nothing moves
    assert [i.title for i in collection.items.all()] == ["En", "Tre", "To"]
    response = staff_client.post(
        detail_url(collection, f"elementer/{first_item.pk}/flytt/"),
        {"retning": "sidelengs"},
    )
    assert response.status_code == 400
    assert "opp eller ned" in response.content.decode()

    staff_client.post(detail_url(collection, f"elementer/{third_item.pk}/fjern/"))
    assert [i.title for i in collection.items.all()] == ["En", "To"]

    html = staff_client.get(detail_url(collection)).content.decode()
    assert html.index(">En<") < html.index(">To<")
    assert "Flytt ned" in html and "Fjern fra samlingen" in html
    # What is saved but not in the collection is offered for adding.
    assert "Legg til fra Mine lagrede" in html


def test_unsaving_keeps_the_item_in_a_shared_collection(director_user):
    collection = SavedCollectionFactory(owner=director_user)
    page = published(title="Beholdes")
    add(collection, page)
    from portal.saved import services as saved

    saved.unsave(director_user, collection.items.get().content_type_id, page.pk)
    assert collection.items.count() == 1


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("collection", "999999", "finnes ikke, eller den er ikke din"),
        ("collection", "abc", "Velg en samling"),
        ("saved_item", "999999", "ikke blant det du har lagret"),
    ],
)
def test_adding_with_bad_input_changes_nothing(
    staff_client, staff_user, field, value, message
):
    collection = SavedCollectionFactory(owner=staff_user)
    (item,) = save_for(staff_user, published())
    data = {"collection": collection.pk, "saved_item": item.pk, field: value}
    response = staff_client.post("/lagret/samlinger/legg-til/", data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not SavedCollectionItem.objects.exists()


def test_cannot_add_to_someone_elses_collection(staff_client, staff_user):
    theirs = SavedCollectionFactory(visibility=Visibility.EVERYONE)
    (item,) = save_for(staff_user, published())
    response = staff_client.post(
        "/lagret/samlinger/legg-til/", {"collection": theirs.pk, "saved_item": item.pk}
    )
    assert response.status_code == 400
    assert "ikke din" in response.content.decode()
    assert not theirs.items.exists()


def test_cannot_add_someone_elses_saved_item(staff_client, staff_user):
    mine = SavedCollectionFactory(owner=staff_user)
    (theirs,) = save_for(UserFactory(), published())
    response = staff_client.post(
        "/lagret/samlinger/legg-til/", {"collection": mine.pk, "saved_item": theirs.pk}
    )
    assert response.status_code == 400
    assert not mine.items.exists()


# --- Privacy and sharing ---


OWNER_ONLY = ["endre/", "slett/"]


def test_guessing_the_id_of_a_private_collection_gives_404(client, staff_user):
    private = SavedCollectionFactory(owner=staff_user, name="Hemmelig")
    item = add(private, published())[0]
    entry = private.items.get()
    client.force_login(colleague(staff_user, same_department=True))
    for suffix in ["", "skriv-ut/", *OWNER_ONLY]:
        assert client.get(detail_url(private, suffix)).status_code == 404
    for suffix in ["slett/", f"elementer/{entry.pk}/fjern/"]:
        assert client.post(detail_url(private, suffix)).status_code == 404
    response = client.post(
        detail_url(private, f"elementer/{entry.pk}/flytt/"), {"retning": "ned"}
    )
    assert response.status_code == 404
    assert "Hemmelig" not in client.get("/lagret/").content.decode()
    assert SavedCollection.objects.filter(pk=private.pk).exists()
    assert private.items.count() == 1 and item


@pytest.mark.parametrize(
    "visibility, sees",
    [
        ("kindergarten", {"same_department", "same_kindergarten"}),
        ("department", {"same_department"}),
        ("everyone", {"same_department", "same_kindergarten", "outsider"}),
        ("private", set()),
    ],
)
def test_who_sees_a_shared_collection(client, director_user, visibility, sees):
    collection = SavedCollectionFactory(
        owner=director_user,
        name="Planleggingsdag januar",
        visibility=visibility,
        kindergarten=(
            director_user.profile.kindergarten if visibility == "kindergarten" else None
        ),
        department=(
            director_user.profile.department if visibility == "department" else None
        ),
    )
    add(collection, published(title="Tiltak til dagen"))
    people = {
        "same_department": colleague(director_user, same_department=True),
        "same_kindergarten": colleague(director_user),
        "outsider": outsider(),
    }
    for who, user in people.items():
        client.force_login(user)
        detail = client.get(detail_url(collection))
        saved_page = client.get("/lagret/").content.decode()
        home = client.get("/").content.decode()
        if who in sees:
            assert detail.status_code == 200, who
            assert "Tiltak til dagen" in detail.content.decode()
            assert "Planleggingsdag januar" in saved_page
            assert "Planleggingsdag januar" in home.split("Delt med deg")[1]
            assert client.get(detail_url(collection, "skriv-ut/")).status_code == 200
        else:
            assert detail.status_code == 404, who
            assert "Planleggingsdag januar" not in saved_page
            assert "Planleggingsdag januar" not in home
        # Only the owner edits, whoever can see it.
        assert client.get(detail_url(collection, "endre/")).status_code == 404
        assert client.post(detail_url(collection, "slett/")).status_code == 404
    assert SavedCollection.objects.filter(pk=collection.pk).exists()


def test_members_see_a_read_only_collection(client, director_user):
    collection = SavedCollectionFactory(
        owner=director_user,
        visibility=Visibility.EVERYONE,
        note="Les før møtet.",
    )
    add(collection, published(title="Tiltak"))
    client.force_login(outsider())
    html = client.get(detail_url(collection)).content.decode()
    assert "Les før møtet." in html
    assert "Delt av" in html
    assert "Flytt" not in html and "Endre navn" not in html
    assert "Legg til fra Mine lagrede" not in html


def test_shared_collection_hides_gone_items_from_members(client, director_user):
    collection = SavedCollectionFactory(
        owner=director_user, visibility=Visibility.EVERYONE
    )
    page = published(title="Trukket tilbake")
    add(collection, page)
    page.unpublish()
    client.force_login(outsider())
    html = client.get(detail_url(collection)).content.decode()
    assert "Ikke lenger tilgjengelig" in html
    assert f'href="{page.url_path}' not in html


# --- Print pack ---


def test_print_pack_has_titles_summaries_images_and_attribution(
    staff_client, staff_user
):
    cc_by = VisualSupportFactory(
        title="Jakke",
        licence=Licence.CC_BY,
        attribution="Piktogram: Sergio Palao, ARASAAC, CC BY",
    )
    own = VisualSupportFactory(
        title="Lue", licence=Licence.OWN, attribution="Tegnet av teamet"
    )
    measure = published(
        title="Påkledning i trinn",
        summary="Vis ett plagg om gangen.",
        visual_supports=[cc_by, own],
    )
    meeting = published(
        MeetingMaterialPageFactory,
        title="Avdelingsmøte om garderoben",
        summary="Hva fungerer i garderoben?",
    )
    loose = VisualSupportFactory(title="Støvler")
    gone = published(title="Borte")
    collection = SavedCollectionFactory(owner=staff_user, name="Garderoben")
    add(collection, measure, meeting, loose, gone)
    gone.delete()

    response = staff_client.get(detail_url(collection, "skriv-ut/"))
    assert response.status_code == 200
    html = response.content.decode()
    for text in (
        "Garderoben",
        "Påkledning i trinn",
        "Vis ett plagg om gangen.",
        "Avdelingsmøte om garderoben",
        "Hva fungerer i garderoben?",
        "Jakke",
        "Lue",
        "Støvler",
        "Piktogram: Sergio Palao, ARASAAC, CC BY",
    ):
        assert text in html, text
    assert "Tegnet av teamet" not in html  # own licence: no attribution needed
    assert "Borte" not in html
    assert html.count('class="print-pack__image"') == 3
    # Titles in the order of the collection.
    assert html.index("Påkledning i trinn") < html.index("Avdelingsmøte om")
    assert html.index("Avdelingsmøte om") < html.index(">Støvler<")


def test_print_pack_queries_do_not_grow(
    staff_client, staff_user, django_assert_max_num_queries
):
    collection = SavedCollectionFactory(owner=staff_user)
    measures = [
        published(visual_supports=[VisualSupportFactory(), VisualSupportFactory()])
        for _ in range(6)
    ]
    add(collection, *measures)
    staff_client.get(detail_url(collection, "skriv-ut/"))
    with django_assert_max_num_queries(16):
        response = staff_client.get(detail_url(collection, "skriv-ut/"))
    assert response.content.decode().count('class="print-pack__image"') == 12
