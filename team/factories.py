import datetime

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from team.models import (
    Answer,
    Assessment,
    Department,
    Kindergarten,
    Meeting,
    Profile,
    Statement,
    TeamMember,
)


class KindergartenFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Testbarnehage {n}")
    slug = factory.Sequence(lambda n: f"testbarnehage-{n}")

    class Meta:
        model = Kindergarten


class DepartmentFactory(factory.django.DjangoModelFactory):
    kindergarten = factory.SubFactory(KindergartenFactory)
    name = factory.Sequence(lambda n: f"Avdeling {n}")
    slug = factory.Sequence(lambda n: f"avdeling-{n}")

    class Meta:
        model = Department


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"bruker{n}")
    first_name = "Kari"
    last_name = factory.Sequence(lambda n: f"Nordmann{n}")
    password = factory.django.Password("testpassord-123")

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    @factory.post_generation
    def group(self, create, extracted, **kwargs):
        """UserFactory(group="Ansatte") puts the user in that migration-made group."""
        if create and extracted:
            self.groups.add(Group.objects.get(name=extracted))


class ProfileFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    kindergarten = factory.SubFactory(KindergartenFactory)
    department = factory.SubFactory(
        DepartmentFactory, kindergarten=factory.SelfAttribute("..kindergarten")
    )
    role_title = "barnehagelærer"
    role = "barnehagelaerer"

    class Meta:
        model = Profile


class TeamMemberFactory(factory.django.DjangoModelFactory):
    first_name = "Ingrid"
    last_name = factory.Sequence(lambda n: f"Spesialpedagog{n}")
    role_title = "spesialpedagog"
    email = factory.Sequence(lambda n: f"team{n}@example.org")

    class Meta:
        model = TeamMember


class StatementFactory(factory.django.DjangoModelFactory):
    focus_area = "organisering-og-struktur"
    text = factory.Sequence(lambda n: f"Jeg forbereder barna på overganger ({n}).")
    sort_order = factory.Sequence(lambda n: n)

    class Meta:
        model = Statement


class AssessmentFactory(factory.django.DjangoModelFactory):
    """An assessment; pass ``answers={statement: value}`` to fill it in."""

    user = factory.SubFactory(UserFactory)
    kindergarten = factory.LazyAttribute(
        lambda o: o.department.kindergarten if o.department else None
    )
    department = None

    class Meta:
        model = Assessment
        skip_postgeneration_save = True

    @factory.post_generation
    def answers(self, create, extracted, **kwargs):
        if create and extracted:
            for statement, value in extracted.items():
                Answer.objects.create(assessment=self, statement=statement, value=value)


class MeetingFactory(factory.django.DjangoModelFactory):
    kindergarten = factory.SubFactory(KindergartenFactory)
    meeting_type = "avdelingsmote"
    title = factory.Sequence(lambda n: f"Avdelingsmøte {n}")
    starts_at = factory.LazyFunction(
        lambda: timezone.now().replace(microsecond=0) + datetime.timedelta(days=7)
    )
    duration_minutes = 90

    class Meta:
        model = Meeting
