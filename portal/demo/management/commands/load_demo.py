"""Load the demo library written for the portal (dev settings only).

Idempotent: whatever already exists (found by slug, title or username) is left as
it is and only what is missing is created, so running it twice gives the same
counts and never overwrites what someone edited by hand.
"""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from tqdm import tqdm

from measures.models import (
    MeasureIndexPage,
    MeasurePage,
    MeasureRelatedMeasure,
    MeasureVisualSupport,
    Situation,
    SynonymGroup,
    VisualSupport,
    VisualSupportGalleryPage,
)
from portal.choices import Licence
from portal.demo import content
from portal.demo import cycle as cycle_content
from portal.demo.pictograms import draw_pictogram
from portal.models import (
    AnnualWheelPage,
    ContentPage,
    MeetingMaterialIndexPage,
    MeetingMaterialPage,
    MeetingMaterialRelatedMeasure,
    PeriodMeetingMaterial,
    PeriodRelatedMeasure,
    WheelPeriodPage,
)
from portal.saved import services as saved
from portal.saved.models import SavedCollection, SavedCollectionItem, Visibility
from search.indexing import index_with_relations
from team import cycle
from team.models import (
    Answer,
    Assessment,
    Department,
    DepartmentPlan,
    DepartmentPlanNote,
    InclusionTeamPage,
    Kindergarten,
    Meeting,
    Profile,
    StaffRole,
    Statement,
    TeamMember,
)

LICENCES = {"CC BY 4.0": Licence.CC_BY}


def paragraphs(text):
    return "".join(f"<p>{escape(part)}</p>" for part in text.split("\n\n") if part)


def publish_child(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


class Command(BaseCommand):
    help = "Laster demoinnholdet (tiltak, visuell støtte, årshjul, møtemateriell)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Bare hvis databasen ikke har tiltak ennå (brukes av make run).",
        )

    def handle(self, *args, if_empty=False, **options):
        if not getattr(settings, "PORTAL_DEMO_ALLOWED", False):
            raise CommandError(
                "Demoinnhold kan bare lastes med utviklingsinnstillinger."
            )
        if if_empty and MeasurePage.objects.exists():
            self.stdout.write("Databasen har innhold allerede; demoen lastes ikke.")
        else:
            self.load()
        self.print_logins()

    @transaction.atomic
    def load(self):
        steps = [
            ("Organisasjon", self.load_organisation),
            ("Situasjoner og synonymer", self.load_taxonomy),
            ("Visuell støtte", self.load_visual_supports),
            ("Tiltak", self.load_measures),
            ("Møtemateriell", self.load_meeting_materials),
            ("Årshjul", self.load_year_plan),
            ("Brukere", self.load_users),
            ("Utviklingsarbeid", self.load_development_cycle),
            ("Faste sider", self.load_section_texts),
            ("Lagrede og samlinger", self.load_saved_examples),
        ]
        with tqdm(steps, desc="Demoinnhold", unit="del", file=self.stderr) as bar:
            for label, step in bar:
                bar.set_postfix_str(label)
                step()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demoinnhold klart: {MeasurePage.objects.count()} tiltak, "
                f"{VisualSupport.objects.count()} bilder, "
                f"{MeetingMaterialPage.objects.count()} møtemateriell, "
                f"{WheelPeriodPage.objects.count()} perioder i årshjulet."
            )
        )

    def load_organisation(self):
        for item in content.KINDERGARTENS:
            kindergarten, _ = Kindergarten.objects.get_or_create(
                slug=item["slug"],
                defaults={"name": item["name"], "address": item["address"]},
            )
            for order, dept in enumerate(item["departments"]):
                Department.objects.get_or_create(
                    kindergarten=kindergarten,
                    slug=dept["slug"],
                    defaults={
                        "name": dept["name"],
                        "age_group": dept["age_group"],
                        "sort_order": order,
                    },
                )
        self.team = {}
        for item in content.TEAM_MEMBERS:
            fields = {k: v for k, v in item.items() if k != "key"}
            member, _ = TeamMember.objects.get_or_create(
                email=item["email"], defaults=fields
            )
            self.team[item["key"]] = member

    def load_taxonomy(self):
        for item in content.SITUATIONS:
            Situation.objects.get_or_create(
                slug=item["slug"], defaults={"name": item["name"]}
            )
        existing = {frozenset(g.word_list) for g in SynonymGroup.objects.all()}
        for words in content.SYNONYM_GROUPS:
            if frozenset(words) not in existing:
                SynonymGroup.objects.create(words="\n".join(words))

    def load_visual_supports(self):
        situations = {s.slug: s for s in Situation.objects.all()}
        self.images = {}
        for item in content.VISUAL_SUPPORTS:
            image = VisualSupport.objects.filter(
                title=item["title"], source=content.DEMO_SOURCE
            ).first()
            if image is None:
                png = draw_pictogram(item["drawing"], item["title"])
                image = VisualSupport(
                    title=item["title"],
                    description=item["alt"],
                    kind=item["kind"],
                    source=content.DEMO_SOURCE,
                    licence=LICENCES.get(content.DEMO_LICENCE, Licence.OWN),
                    attribution=content.DEMO_ATTRIBUTION,
                    no_identifiable_child=True,
                    file=ImageFile(_named_bytes(png, f"{item['key']}.png")),
                )
                image.save()
                image.situations.set(situations[s] for s in item["situations"])
                image.tags.add(*item["keywords"])
                index_with_relations(image)
            self.images[item["key"]] = image

    def load_measures(self):
        index = MeasureIndexPage.objects.get()
        situations = {s.slug: s for s in Situation.objects.all()}
        existing = {p.slug: p for p in MeasurePage.objects.child_of(index)}
        created = []
        today = timezone.localdate()
        for item in content.MEASURES:
            if item["slug"] in existing:
                continue
            page = MeasurePage(
                title=item["title"],
                slug=item["slug"],
                summary=item["summary"],
                focus_area=item["focus_area"],
                age_group=item["age_group"],
                level=item["level"],
                purpose=paragraphs(item["purpose"]),
                steps=[
                    {"type": "step", "value": {"text": text, "image": None}}
                    for text in item["steps"]
                ],
                materials=item["materials"],
                time_needed=item["time_needed"],
                sources=item["sources"],
                owner_contact=self.team.get(item["owner"]),
                last_reviewed=today,
            )
            page.situations = [situations[s] for s in item["situations"]]
            page.tags.add(*item["tags"])
            page.visual_support_links = [
                MeasureVisualSupport(image=self.images[key], sort_order=i)
                for i, key in enumerate(item["visual_supports"])
            ]
            existing[item["slug"]] = publish_child(index, page)
            created.append(item)
        # Links between measures need every measure to exist first.
        for item in created:
            page = existing[item["slug"]]
            for order, slug in enumerate(item["related"]):
                MeasureRelatedMeasure.objects.create(
                    page=page, measure=existing[slug], sort_order=order
                )

    def load_meeting_materials(self):
        index = MeetingMaterialIndexPage.objects.get()
        measures = {p.slug: p for p in MeasurePage.objects.all()}
        kindergartens = {k.slug: k for k in Kindergarten.objects.all()}
        existing = {p.slug for p in MeetingMaterialPage.objects.child_of(index)}
        for item in content.MEETING_MATERIALS:
            if item["slug"] in existing:
                continue
            page = MeetingMaterialPage(
                title=item["title"],
                slug=item["slug"],
                summary=item.get("summary") or item["goal"],
                meeting_type=item["meeting_type"],
                focus_area=item["focus_area"],
                duration_minutes=item["duration_minutes"],
                goal=item["goal"],
                agenda=[{"type": "item", "value": a} for a in item["agenda"]],
                reflection_questions=[
                    {"type": "question", "value": {"question": q}}
                    for q in item["reflection_questions"]
                ],
                practice_task=item["practice_task"],
                kindergarten=kindergartens.get(item["kindergarten"]),
            )
            page.related_measure_links = [
                MeetingMaterialRelatedMeasure(measure=measures[slug], sort_order=i)
                for i, slug in enumerate(item["related_measures"])
            ]
            publish_child(index, page)

    def load_year_plan(self):
        wheel = AnnualWheelPage.objects.get()
        plan = content.YEAR_PLAN
        if not wheel.intro:
            wheel.intro = plan["intro"]
            wheel.save_revision().publish()
        measures = {p.slug: p for p in MeasurePage.objects.all()}
        materials = {p.slug: p for p in MeetingMaterialPage.objects.all()}
        existing = {p.slug for p in WheelPeriodPage.objects.child_of(wheel)}
        for item in plan["periods"]:
            if item["slug"] in existing:
                continue
            page = WheelPeriodPage(
                title=item["title"],
                slug=item["slug"],
                summary=item.get("summary") or item["goals"][0],
                focus_area=item["focus_area"],
                start_month=item["start_month"],
                end_month=item["end_month"],
                goals=[{"type": "goal", "value": {"goal": g}} for g in item["goals"]],
                activities=[
                    {
                        "type": "activity",
                        "value": {**a, "month": str(a["month"])},
                    }
                    for a in item["activities"]
                ],
            )
            page.related_measure_links = [
                PeriodRelatedMeasure(measure=measures[slug], sort_order=i)
                for i, slug in enumerate(item["measures"])
            ]
            page.meeting_material_links = [
                PeriodMeetingMaterial(material=materials[slug], sort_order=i)
                for i, slug in enumerate(item["meeting_materials"])
            ]
            publish_child(wheel, page)

    def load_users(self):
        User = get_user_model()
        for item in content.DEMO_USERS:
            user, created = User.objects.get_or_create(
                username=item["username"],
                defaults={
                    "first_name": item["first_name"],
                    "last_name": item["last_name"],
                },
            )
            if created:
                user.set_password(item["password"])
                user.save()
            user.groups.add(Group.objects.get(name=item["group"]))
            kindergarten = Kindergarten.objects.get(slug=item["kindergarten"])
            department = (
                Department.objects.get(
                    kindergarten=kindergarten, slug=item["department"]
                )
                if item["department"]
                else None
            )
            Profile.objects.get_or_create(
                user=user,
                defaults={
                    "kindergarten": kindergarten,
                    "department": department,
                    "role_title": item["role_title"],
                },
            )

    def load_development_cycle(self):
        """Statements, three more Bjørnen staff with answers, a plan and meetings.

        Answers go to the period that ended last, so the demo director ``styrer``
        sees a real (published, frozen) aggregate of three on any day of the year.
        """
        for focus_area, items in cycle_content.STATEMENTS.items():
            for order, (text, help_text) in enumerate(items):
                Statement.objects.get_or_create(
                    focus_area=focus_area,
                    text=text,
                    defaults={"help_text": help_text, "sort_order": order},
                )
        User = get_user_model()
        kindergarten = Kindergarten.objects.get(slug=cycle_content.KINDERGARTEN)
        department = Department.objects.get(
            kindergarten=kindergarten, slug=cycle_content.DEPARTMENT
        )
        for item in cycle_content.STAFF:
            user, created = User.objects.get_or_create(
                username=item["username"],
                defaults={
                    "first_name": item["first_name"],
                    "last_name": item["last_name"],
                },
            )
            if created:
                user.set_password(item["password"])
                user.save()
            user.groups.add(Group.objects.get(name=item["group"]))
            Profile.objects.get_or_create(
                user=user,
                defaults={
                    "kindergarten": kindergarten,
                    "department": department,
                    "role": item["role"],
                    "role_title": item["role_title"],
                },
            )
        # The foundation's demo profiles only have a job title.
        Profile.objects.filter(user__username="ansatt", role="").update(
            role=StaffRole.PEDAGOGICAL_LEADER
        )
        Profile.objects.filter(user__username="styrer", role="").update(
            role=StaffRole.DIRECTOR
        )

        instance = cycle.latest_instance()
        closed = cycle.latest_closed_instance()
        if instance is None or closed is None:
            return
        # Results are shown only for closed periods, so the three answers go to
        # the period that ended last; last year's answers to that one and, when
        # a period is open, to its last year too ("since last year").
        targets = [
            (closed, cycle_content.ANSWERS),
            (closed.previous_year, cycle_content.LAST_YEAR),
        ]
        if instance != closed:
            targets.append((instance.previous_year, cycle_content.LAST_YEAR))
        for target, answers in targets:
            statements = list(
                Statement.objects.filter(
                    focus_area=target.period.focus_area, active=True
                )
            )
            for username, values in answers.items():
                user = User.objects.get(username=username)
                assessment, created = Assessment.objects.get_or_create(
                    user=user,
                    **target.key(),
                    defaults={"kindergarten": kindergarten, "department": department},
                )
                if not created:
                    continue
                for index, statement in enumerate(statements):
                    Answer.objects.create(
                        assessment=assessment,
                        statement=statement,
                        value=values[index % len(values)],
                        comment=cycle_content.COMMENT if index == 0 else "",
                    )

        plan, created = DepartmentPlan.objects.get_or_create(
            department=department,
            **instance.key(),
            defaults={
                "keep_area": cycle_content.PLAN["keep_area"],
                "improve_area": cycle_content.PLAN["improve_area"],
            },
        )
        if created:
            theme_measures = list(
                MeasurePage.objects.filter(focus_area=instance.period.focus_area)[:3]
            )
            plan.keep_measures.set(theme_measures[:1])
            plan.improve_measures.set(theme_measures[1:3])
            DepartmentPlanNote.objects.create(
                plan=plan,
                meeting_date=min(instance.end, cycle.today()),
                text=cycle_content.PLAN["note"],
            )

        materials = {m.meeting_type: m for m in MeetingMaterialPage.objects.live()}
        now = timezone.localtime()
        for (
            days,
            hour,
            minute,
            kind,
            title,
            dept,
            minutes,
            place,
        ) in cycle_content.MEETINGS:
            if Meeting.objects.filter(kindergarten=kindergarten, title=title).exists():
                continue
            starts = (now + datetime.timedelta(days=days)).replace(
                hour=hour, minute=minute, second=0, microsecond=0
            )
            meeting = Meeting.objects.create(
                kindergarten=kindergarten,
                department=department if dept else None,
                meeting_type=kind,
                title=title,
                starts_at=starts,
                duration_minutes=minutes,
                location=place,
            )
            if kind in materials:
                meeting.materials.add(materials[kind])

    def load_section_texts(self):
        for model, text in (
            (MeasureIndexPage, content.SECTION_INTROS["measures"]),
            (VisualSupportGalleryPage, content.SECTION_INTROS["visual_supports"]),
            (MeetingMaterialIndexPage, content.SECTION_INTROS["meeting_materials"]),
            (InclusionTeamPage, content.SECTION_INTROS["team"]),
        ):
            page = model.objects.get()
            if not page.intro:
                page.intro = text
                page.save_revision().publish()
        statement = ContentPage.objects.get(slug="tilgjengelighet")
        if not statement.body:
            statement.body = [
                {"type": "paragraph", "value": paragraphs(part)}
                for part in content.ACCESSIBILITY_STATEMENT
            ]
            statement.save_revision().publish()

    def load_saved_examples(self):
        """A few saved items for the staff user, and the director's planning-day
        kit shared with their kindergarten (shown as "Delt med deg")."""
        User = get_user_model()
        staff = User.objects.filter(username="ansatt").first()
        director = User.objects.filter(username="styrer").first()
        measures = list(MeasurePage.objects.live().order_by("path"))
        emotional = [m for m in measures if m.focus_area == "emosjonell-stotte"]
        images = list(VisualSupport.objects.order_by("pk")[:2])
        planning_days = list(
            MeetingMaterialPage.objects.live()
            .filter(meeting_type="planleggingsdag")
            .order_by("path")[:1]
        )
        if staff is not None:
            for target in [*measures[:3], *images[:1]]:
                saved.save(staff, target)
        if director is None or not hasattr(director, "profile"):
            return
        kindergarten = director.profile.kindergarten
        collection, created = SavedCollection.objects.get_or_create(
            owner=director,
            name="Planleggingsdag januar",
            defaults={
                "note": "Til planleggingsdagen når vi starter emosjonell støtte.",
                "visibility": Visibility.KINDERGARTEN
                if kindergarten
                else Visibility.EVERYONE,
                "kindergarten": kindergarten,
            },
        )
        if not created:
            return
        kit = [*planning_days, *(emotional or measures)[:3], *images]
        for order, target in enumerate(kit):
            item, _ = saved.save(director, target)
            SavedCollectionItem.objects.get_or_create(
                collection=collection,
                content_type_id=item.content_type_id,
                object_id=item.object_id,
                defaults={"title": item.title, "sort_order": order},
            )

    def print_logins(self):
        self.stdout.write("\nDemobrukere (brukernavn, passord, gruppe):")
        for item in [*content.DEMO_USERS, *cycle_content.STAFF]:
            self.stdout.write(
                f"  {item['username']:<10} {item['password']:<20} {item['group']}"
            )


def _named_bytes(data, name):
    from io import BytesIO

    handle = BytesIO(data)
    handle.name = name
    return handle
