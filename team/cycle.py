"""Rules of the development cycle, in one place for views, feed and export.

- *Today* comes from :func:`today` only, so tests move the clock by patching it.
- A *period instance* is a wheel period in a given school year. The school year is
  named by the calendar year in which it starts (August): the instance of
  "januar–mars" in school year 2026 runs January–March 2027.
- An instance is *open* while today falls in its months; only then can staff
  answer the self-assessment, pick a practice area or the department edit its plan.
- Who sees what: :func:`can_view_department_results`,
  :func:`can_view_kindergarten_results`, :func:`can_edit_department_plan`.
- Aggregates come only from :func:`aggregate`, which hides everything below
  :data:`MIN_RESPONDENTS` respondents.
"""

import datetime
from dataclasses import dataclass
from statistics import fmean

from django.db.models import Count
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from .models import Answer, Assessment, Department, Profile, StaffRole, Statement

MIN_RESPONDENTS = 3
DIRECTORS_GROUP = "Styrere"
SCHOOL_YEAR_START_MONTH = 8


def today():
    """The local date all cycle logic uses (Europe/Oslo)."""
    return timezone.localdate()


def school_year_of(day):
    """2026 for any day from August 2026 to July 2027."""
    return day.year if day.month >= SCHOOL_YEAR_START_MONTH else day.year - 1


@dataclass(frozen=True)
class PeriodInstance:
    period: object  # portal.models.WheelPeriodPage
    school_year: int

    @property
    def start(self):
        year = self.school_year
        if self.period.start_month < SCHOOL_YEAR_START_MONTH:
            year += 1
        return datetime.date(year, self.period.start_month, 1)

    @property
    def end(self):
        """The last day of the instance's last month."""
        start = self.start
        months = start.month - 1 + self.period.months_count
        year = start.year + months // 12
        month = months % 12 + 1
        return datetime.date(year, month, 1) - datetime.timedelta(days=1)

    def is_open(self, day=None):
        day = day or today()
        return self.start <= day <= self.end

    @property
    def school_year_label(self):
        return f"{self.school_year}–{self.school_year + 1}"

    @property
    def label(self):
        return f"{self.period.title} {self.school_year_label}"

    @property
    def previous_year(self):
        return PeriodInstance(self.period, self.school_year - 1)

    def key(self):
        return {"period": self.period, "school_year": self.school_year}


def instance_on(period, day):
    """The instance of ``period`` that covers ``day`` (``day`` must be in it)."""
    start_year = day.year if day.month >= period.start_month else day.year - 1
    return PeriodInstance(
        period, school_year_of(datetime.date(start_year, period.start_month, 1))
    )


def _wheel():
    from portal.models import AnnualWheelPage

    return AnnualWheelPage.objects.live().first()


def open_instance(day=None, wheel=None):
    """The period instance open on ``day``, or ``None`` between periods."""
    day = day or today()
    wheel = wheel or _wheel()
    if wheel is None:
        return None
    position = wheel.position_on(day)
    if position.current is None:
        return None
    return instance_on(position.current, day)


def latest_instance(day=None, wheel=None):
    """The open instance, or the one that ended most recently."""
    day = day or today()
    wheel = wheel or _wheel()
    if wheel is None:
        return None
    position = wheel.position_on(day)
    if position.current:
        return instance_on(position.current, day)
    if position.previous:
        last_month_day = datetime.date(
            day.year if day.month > position.previous.end_month else day.year - 1,
            position.previous.end_month,
            1,
        )
        return instance_on(position.previous, last_month_day)
    return None


def instance_from_request(params, wheel_periods):
    """``?periode=<id>&ar=<year>`` → an instance, or ``None`` for bad input."""
    try:
        period_id = int(params.get("periode", ""))
        year = int(params.get("ar", ""))
    except (TypeError, ValueError):
        return None
    if not 2000 <= year <= 2100:
        return None
    period = next((p for p in wheel_periods if p.pk == period_id), None)
    return PeriodInstance(period, year) if period else None


# --- Who is who ----------------------------------------------------------------


# Both are asked several times per page (the home page's team panel, the
# calendar, the cycle): the answer is kept on the user object, which lives for
# one request (request.user). Code that changes a user's profile or groups and
# asks again in the same request must use a fresh user object.
_PROFILE = "_portal_profile"
_DIRECTOR = "_portal_is_director"


def profile_of(user):
    if not user.is_authenticated:
        return None
    if _PROFILE not in user.__dict__:
        try:
            profile = Profile.objects.select_related("kindergarten", "department").get(
                user=user
            )
            profile.user = user  # the same row: spares a query for profile.user
        except Profile.DoesNotExist:
            profile = None
        user.__dict__[_PROFILE] = profile
    return user.__dict__[_PROFILE]


def is_director(user):
    """Directors are the members of the Styrere group (as in the admin rights)."""
    if _DIRECTOR not in user.__dict__:
        user.__dict__[_DIRECTOR] = (
            user.is_active and user.groups.filter(name=DIRECTORS_GROUP).exists()
        )
    return user.__dict__[_DIRECTOR]


def is_director_of(user, kindergarten, profile=None):
    profile = profile or profile_of(user)
    return bool(
        profile
        and kindergarten is not None
        and profile.kindergarten_id == kindergarten.pk
        and is_director(user)
    )


def is_pedagogical_leader_of(user, department, profile=None):
    profile = profile or profile_of(user)
    return bool(
        profile
        and department is not None
        and profile.department_id == department.pk
        and profile.role == StaffRole.PEDAGOGICAL_LEADER
    )


def can_view_department_results(user, department, profile=None):
    profile = profile or profile_of(user)
    return is_pedagogical_leader_of(user, department, profile) or is_director_of(
        user, department.kindergarten, profile
    )


def can_view_kindergarten_results(user, kindergarten, profile=None):
    return is_director_of(user, kindergarten, profile)


def can_view_department_plan(user, department, profile=None):
    """Everyone in the department reads its plan; the director reads all."""
    profile = profile or profile_of(user)
    return bool(
        profile
        and (
            profile.department_id == department.pk
            or is_director_of(user, department.kindergarten, profile)
        )
    )


def can_edit_department_plan(user, department, profile=None):
    return can_view_department_results(user, department, profile)


def result_departments(user, profile=None):
    """The departments whose aggregates ``user`` may see."""
    profile = profile or profile_of(user)
    if profile is None or profile.kindergarten_id is None:
        return []
    if is_director(user):
        return list(
            Department.objects.filter(kindergarten_id=profile.kindergarten_id)
            .select_related("kindergarten")
            .order_by("sort_order", "name")
        )
    if profile.department and profile.role == StaffRole.PEDAGOGICAL_LEADER:
        return [profile.department]
    return []


# --- Aggregates ------------------------------------------------------------------


@dataclass
class StatementResult:
    statement: Statement
    count: int
    distribution: list  # [(value, count, percent)] for 1..5
    mean: float | None

    @property
    def bar(self):
        """Stacked-bar segments [(value, x, width)] in percent, for the SVG bar."""
        segments, x = [], 0.0
        for value, n, _percent in self.distribution:
            width = 100 * n / self.count if self.count else 0
            if width:
                segments.append((value, round(x, 2), round(width, 2)))
            x += width
        return segments


@dataclass
class AggregateResult:
    """What a group may see for one period instance.

    ``shown`` is False below the threshold: then ``rows`` is empty and only the
    number of respondents is known to the caller, never any value.
    """

    respondents: int
    rows: list
    hidden: bool = False  # enough answers, but showing them would single someone out

    @property
    def shown(self):
        return self.respondents >= MIN_RESPONDENTS and not self.hidden

    @cached_property
    def overall_mean(self):
        means = [row.mean for row in self.rows if row.mean is not None]
        return fmean(means) if means else None


def aggregate(instance, *, kindergarten=None, department=None):
    """Distribution and mean per statement for a kindergarten or one department.

    The only way results leave the database: views, the CSV export and the demo
    summary all go through here, so the threshold cannot be forgotten. A statement
    answered by fewer than MIN_RESPONDENTS is left out even when the group as a
    whole passes the threshold.
    """
    if (kindergarten is None) == (department is None):
        raise ValueError("aggregate() needs exactly one of kindergarten, department")
    assessments = Assessment.objects.filter(**instance.key())
    if department is not None:
        assessments = assessments.filter(department=department)
    else:
        assessments = assessments.filter(kindergarten=kindergarten)
    respondents = assessments.count()
    if respondents < MIN_RESPONDENTS:
        return AggregateResult(respondents=respondents, rows=[])
    counts = (
        Answer.objects.filter(assessment__in=assessments)
        .values("statement_id", "value")
        .annotate(n=Count("pk"))
    )
    by_statement = {}
    for row in counts:
        by_statement.setdefault(row["statement_id"], {})[row["value"]] = row["n"]
    statements = Statement.objects.filter(pk__in=by_statement).order_by(
        "sort_order", "pk"
    )
    rows = []
    for statement in statements:
        values = by_statement[statement.pk]
        count = sum(values.values())
        if count < MIN_RESPONDENTS:
            continue
        rows.append(
            StatementResult(
                statement=statement,
                count=count,
                distribution=[
                    (v, values.get(v, 0), round(100 * values.get(v, 0) / count))
                    for v in range(1, 6)
                ],
                mean=sum(v * n for v, n in values.items()) / count,
            )
        )
    return AggregateResult(respondents=respondents, rows=rows)


def kindergarten_results(instance, kindergarten, departments):
    """The whole kindergarten's result and each department's, safe together.

    Shown side by side, the kindergarten total minus the departments that are
    shown would give away a small department's answers (3 in one department
    and 1 in another: the total reveals the one). So the total is hidden when
    the answers it holds beyond the shown departments are between 1 and
    MIN_RESPONDENTS - 1, and so is any statement row with that problem.
    """
    by_department = [
        (department, aggregate(instance, department=department))
        for department in departments
    ]
    total = aggregate(instance, kindergarten=kindergarten)
    shown = [result for _department, result in by_department if result.shown]
    remainder = total.respondents - sum(result.respondents for result in shown)
    if total.shown and 0 < remainder < MIN_RESPONDENTS:
        total = AggregateResult(respondents=total.respondents, rows=[], hidden=True)
    elif total.shown:
        counted = {}
        for result in shown:
            for row in result.rows:
                counted[row.statement.pk] = counted.get(row.statement.pk, 0) + row.count
        total.rows = [
            row
            for row in total.rows
            if not 0 < row.count - counted.get(row.statement.pk, 0) < MIN_RESPONDENTS
        ]
    return total, by_department


TOO_FEW_ANSWERS = _("too few answers to show a result")
HIDDEN_TO_PROTECT = _(
    "hidden: together with the departments shown it would reveal individual answers"
)


def navigation(user, profile=None):
    """Which development-cycle links to offer ``user`` (computed once per page)."""
    profile = profile or profile_of(user)
    director = bool(profile and profile.kindergarten_id and is_director(user))
    return {
        "has_profile": bool(profile and profile.kindergarten_id),
        "results": director or bool(result_departments(user, profile)),
        "is_director": director,
    }
