"""Fill Profile.role from the free-text job title, and let Redaktører edit statements.

Self-assessment statements are snippets written by the inclusion team; directors
and staff get no admin rights on them. Answers get no admin rights for anyone.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ROLE_WORDS = [
    # (word in role_title, role) – first match wins
    ("pedagogisk leder", "pedagogisk-leder"),
    ("styrer", "styrer"),
    ("fagleder", "styrer"),
    ("barnehagelærer", "barnehagelaerer"),
    ("assistent", "assistent"),
    ("fagarbeider", "assistent"),
]


def fill_roles(apps, schema_editor):
    Profile = apps.get_model("team", "Profile")
    for profile in Profile.objects.filter(role=""):
        title = profile.role_title.lower()
        for word, role in ROLE_WORDS:
            if word in title:
                profile.role = role
                profile.save(update_fields=["role"])
                break


def grant_statement_permissions(apps, schema_editor):
    # Permissions are normally created after all migrations; we need them now.
    app_config = apps.get_app_config("team")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors = Group.objects.filter(name="Redaktører").first()
    if editors is None:
        return
    for action in ("add", "change", "delete"):
        editors.permissions.add(
            Permission.objects.get(
                content_type__app_label="team", codename=f"{action}_statement"
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("team", "0002_development_cycle"),
        ("portal", "0003_site_structure_and_groups"),
    ]

    operations = [
        migrations.RunPython(fill_roles, migrations.RunPython.noop),
        migrations.RunPython(grant_statement_permissions, migrations.RunPython.noop),
    ]
