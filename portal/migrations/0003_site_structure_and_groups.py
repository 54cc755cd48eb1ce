"""Create the page tree's fixed sections and the three groups with their rights.

The sections hold the stable URLs (/tiltak/, /visuell-stotte/, /arshjul/,
/motemateriell/, …), and directors' publishing rights are granted on the
meeting-materials section, so both must exist before any content does.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations
from django.utils import timezone

SECTIONS = [
    # (app_label, model, title, slug)
    ("measures", "measureindexpage", "Tiltak", "tiltak"),
    ("measures", "visualsupportgallerypage", "Visuell støtte", "visuell-stotte"),
    ("portal", "annualwheelpage", "Årshjul", "arshjul"),
    ("portal", "meetingmaterialindexpage", "Møtemateriell", "motemateriell"),
    ("team", "inclusionteampage", "Inkluderingsteamet", "inkluderingsteamet"),
    ("portal", "contentpage", "Tilgjengelighetserklæring", "tilgjengelighet"),
]

EDITOR_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "lock_page",
    "unlock_page",
]
DIRECTOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]
EDITOR_MODEL_PERMISSIONS = {
    "measures": ["situation", "synonymgroup"],
    "team": ["teammember"],
}
EDITOR_COLLECTION_PERMISSIONS = {
    "wagtailimages": ["add_image", "change_image", "choose_image", "delete_image"],
    "wagtaildocs": [
        "add_document",
        "change_document",
        "choose_document",
        "delete_document",
    ],
}
DIRECTOR_COLLECTION_PERMISSIONS = {
    "wagtailimages": ["choose_image"],
    "wagtaildocs": ["add_document", "choose_document"],
}


def _content_type(apps, app_label, model):
    ContentType = apps.get_model("contenttypes", "ContentType")
    return ContentType.objects.get_or_create(app_label=app_label, model=model)[0]


def _permission(apps, app_label, codename):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def create_site_structure(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    Locale = apps.get_model("wagtailcore", "Locale")
    HomePage = apps.get_model("portal", "HomePage")

    if HomePage.objects.exists():
        return
    root = Page.objects.get(depth=1)
    # Wagtail's placeholder "Welcome" page gives way to our home page.
    Page.objects.filter(depth=2, content_type__app_label="wagtailcore").delete()
    now = timezone.now()
    locale = Locale.objects.first()
    common = {"live": True, "first_published_at": now, "last_published_at": now}
    home = HomePage.objects.create(
        title="Inkluderingsportalen",
        draft_title="Inkluderingsportalen",
        slug="hjem",
        content_type=_content_type(apps, "portal", "homepage"),
        path=f"{root.path}0001",
        depth=2,
        numchild=len(SECTIONS),
        url_path="/hjem/",
        locale=locale,
        intro="Tiltak, visuell støtte og møtemateriell for inkludering i barnehagen.",
        **common,
    )
    Page.objects.filter(pk=root.pk).update(numchild=1)
    for index, (app_label, model, title, slug) in enumerate(SECTIONS, start=1):
        Model = apps.get_model(app_label, model)
        Model.objects.create(
            title=title,
            draft_title=title,
            slug=slug,
            content_type=_content_type(apps, app_label, model),
            path=f"{home.path}{index:04d}",
            depth=3,
            numchild=0,
            url_path=f"/hjem/{slug}/",
            locale=locale,
            **common,
        )
    site = Site.objects.filter(is_default_site=True).first()
    if site:
        site.root_page_id = home.pk
        site.site_name = "Inkluderingsportalen"
        site.save()
    else:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page_id=home.pk,
            is_default_site=True,
            site_name="Inkluderingsportalen",
        )


def create_groups(apps, schema_editor):
    # Permissions are normally created after all migrations; we need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model(
        "wagtailcore", "GroupCollectionPermission"
    )
    Collection = apps.get_model("wagtailcore", "Collection")
    HomePage = apps.get_model("portal", "HomePage")
    MeetingIndex = apps.get_model("portal", "MeetingMaterialIndexPage")

    # Wagtail's default "Editors"/"Moderators" would confuse: we have exactly three.
    Group.objects.filter(name__in=["Editors", "Moderators"]).delete()
    editors, _ = Group.objects.get_or_create(name="Redaktører")
    directors, _ = Group.objects.get_or_create(name="Styrere")
    Group.objects.get_or_create(name="Ansatte")

    access_admin = _permission(apps, "wagtailadmin", "access_admin")
    editors.permissions.add(access_admin)
    directors.permissions.add(access_admin)
    for app_label, models in EDITOR_MODEL_PERMISSIONS.items():
        for model in models:
            for action in ("add", "change", "delete"):
                editors.permissions.add(
                    _permission(apps, app_label, f"{action}_{model}")
                )

    home = HomePage.objects.first()
    meetings = MeetingIndex.objects.first()
    for codename in EDITOR_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=editors,
            page_id=home.pk,
            permission=_permission(apps, "wagtailcore", codename),
        )
    for codename in DIRECTOR_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=directors,
            page_id=meetings.pk,
            permission=_permission(apps, "wagtailcore", codename),
        )

    root_collection = Collection.objects.get(depth=1)
    for group, grants in (
        (editors, EDITOR_COLLECTION_PERMISSIONS),
        (directors, DIRECTOR_COLLECTION_PERMISSIONS),
    ):
        for app_label, codenames in grants.items():
            for codename in codenames:
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=_permission(apps, app_label, codename),
                )


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0002_initial"),
        ("measures", "0002_initial"),
        ("team", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(create_site_structure, migrations.RunPython.noop),
        migrations.RunPython(create_groups, migrations.RunPython.noop),
    ]
