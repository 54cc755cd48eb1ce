import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from team.models import Department, Kindergarten, Profile, TeamMember


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

    class Meta:
        model = Profile


class TeamMemberFactory(factory.django.DjangoModelFactory):
    first_name = "Ingrid"
    last_name = factory.Sequence(lambda n: f"Spesialpedagog{n}")
    role_title = "spesialpedagog"
    email = factory.Sequence(lambda n: f"team{n}@example.org")

    class Meta:
        model = TeamMember
