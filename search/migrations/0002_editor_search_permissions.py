"""Give Redaktører the search report and the promoted results ("anbefalt").

Styrere and Ansatte get neither (DESIGN.md "Users and roles").
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR_PERMISSIONS = [
    ("portal_search", "view_search_report"),
    # What Wagtail's "Promoted search results" menu item and views check.
    ("wagtailsearchpromotions", "add_searchpromotion"),
    ("wagtailsearchpromotions", "change_searchpromotion"),
    ("wagtailsearchpromotions", "delete_searchpromotion"),
]


def _editor_permissions(apps):
    Permission = apps.get_model("auth", "Permission")
    return [
        Permission.objects.get(content_type__app_label=app_label, codename=codename)
        for app_label, codename in EDITOR_PERMISSIONS
    ]


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; we need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    editors, _ = Group.objects.get_or_create(name="Redaktører")
    editors.permissions.add(*_editor_permissions(apps))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    editors = Group.objects.filter(name="Redaktører").first()
    if editors:
        editors.permissions.remove(*_editor_permissions(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("portal_search", "0001_initial"),
        ("portal", "0003_site_structure_and_groups"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
