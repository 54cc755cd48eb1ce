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
  :func:`min_respondents` respondents. Readers only ever get
  :func:`published_results`: computed once after a period instance has closed and
  frozen, so that no two readings differ (docs/privacy.md).
"""

import datetime
from dataclasses import dataclass
from statistics import fmean

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from .models import (
    Answer,
    Assessment,
    Department,
    Profile,
    PublishedResult,
    StaffRole,
    Statement,
)

# The lowest threshold the portal accepts; settings.PORTAL_MIN_RESPONDENTS may
# only raise it.
MIN_RESPONDENTS = 3
DIRECTORS_GROUP = "Styrere"
SCHOOL_YEAR_START_MONTH = 8


def today():
    """The local date all cycle logic uses (Europe/Oslo)."""
    return timezone.localdate()


def min_respondents():
    """settings.PORTAL_MIN_RESPONDENTS (default 3), never below 3."""
    return max(MIN_RESPONDENTS, getattr(settings, "PORTAL_MIN_RESPONDENTS", 3))


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

    def is_closed(self, day=None):
        """Over: no one can answer any more, so its results can be published."""
        return self.end < (day or today())

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


def latest_closed_instance(day=None, wheel=None):
    """The instance that ended most recently before ``day`` (results are shown
    only for closed instances), or ``None``."""
    day = day or today()
    wheel = wheel or _wheel()
    if wheel is None:
        return None
    year = school_year_of(day)
    closed = [
        PeriodInstance(period, school_year)
        for period in wheel.periods
        for school_year in (year, year - 1)
        if PeriodInstance(period, school_year).is_closed(day)
    ]
    return max(closed, key=lambda instance: instance.end, default=None)


def plan_instance(day=None, wheel=None):
    """The instance whose department plan can be written on ``day``: the open
    one, or between periods the next one (drafted on the planning days)."""
    day = day or today()
    wheel = wheel or _wheel()
    if wheel is None:
        return None
    position = wheel.position_on(day)
    if position.current:
        return instance_on(position.current, day)
    if position.upcoming:
        upcoming = position.upcoming
        year = day.year if upcoming.start_month > day.month else day.year + 1
        return instance_on(upcoming, datetime.date(year, upcoming.start_month, 1))
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


@dataclass(frozen=True)
class StatementRef:
    """A statement as it was when a result was published (pk and text)."""

    pk: int
    text: str


@dataclass(frozen=True)
class DepartmentRef:
    """A department as it was when a result was published (pk and name)."""

    pk: int
    name: str


@dataclass
class StatementResult:
    statement: object  # Statement or StatementRef: .pk and .text
    count: int
    distribution: list  # [(value, count, percent)] for 1..5
    mean: float | None

    @classmethod
    def from_counts(cls, statement, values):
        """``values``: {value: number of answers} for one statement."""
        count = sum(values.values())
        return cls(
            statement=statement,
            count=count,
            distribution=[
                (v, values.get(v, 0), round(100 * values.get(v, 0) / count))
                for v in range(1, 6)
            ],
            mean=sum(v * n for v, n in values.items()) / count,
        )

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
    threshold: int = MIN_RESPONDENTS

    @property
    def shown(self):
        return self.respondents >= self.threshold and not self.hidden

    @cached_property
    def overall_mean(self):
        means = [row.mean for row in self.rows if row.mean is not None]
        return fmean(means) if means else None

    def as_data(self):
        """The JSON stored in a PublishedResult: only what may be shown."""
        return {
            "respondents": self.respondents,
            "hidden": self.hidden,
            "rows": [
                {
                    "statement": row.statement.pk,
                    "text": row.statement.text,
                    "values": [n for _v, n, _p in row.distribution],
                }
                for row in (self.rows if self.shown else [])
            ],
        }

    @classmethod
    def from_data(cls, data, threshold):
        return cls(
            respondents=data["respondents"],
            hidden=data["hidden"],
            threshold=threshold,
            rows=[
                StatementResult.from_counts(
                    StatementRef(row["statement"], row["text"]),
                    {v: n for v, n in zip(range(1, 6), row["values"], strict=True)},
                )
                for row in data["rows"]
            ],
        )


def aggregate(instance, *, kindergarten=None, department=None):
    """Distribution and mean per statement for a kindergarten or one department.

    The only code that reads answers for a group. It counts the answers as they
    are now, so readers never get it directly: :func:`published_results` calls it
    once, after the instance has closed, and freezes the outcome. A statement
    answered by fewer than min_respondents() is left out even when the group as
    a whole passes the threshold.
    """
    if (kindergarten is None) == (department is None):
        raise ValueError("aggregate() needs exactly one of kindergarten, department")
    assessments = Assessment.objects.filter(**instance.key())
    if department is not None:
        assessments = assessments.filter(department=department)
    else:
        assessments = assessments.filter(kindergarten=kindergarten)
    return _aggregate(assessments)


def _aggregate(assessments):
    threshold = min_respondents()
    respondents = assessments.count()
    if respondents < threshold:
        return AggregateResult(respondents=respondents, rows=[], threshold=threshold)
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
    rows = [
        StatementResult.from_counts(statement, by_statement[statement.pk])
        for statement in statements
        if sum(by_statement[statement.pk].values()) >= threshold
    ]
    return AggregateResult(respondents=respondents, rows=rows, threshold=threshold)


def kindergarten_results(instance, kindergarten, departments):
    """The whole kindergarten's result and each department's, safe together.

    Shown side by side, the kindergarten total minus the departments that are
    shown would give away a small department's answers (3 in one department
    and 1 in another: the total reveals the one). So the total is hidden when
    the answers it holds beyond the shown departments are between 1 and
    min_respondents() - 1, and so is any statement row with that problem.
    Departments count only the answers given in this kindergarten, so that
    they are parts of the total.
    """
    threshold = min_respondents()
    in_kindergarten = Assessment.objects.filter(
        kindergarten=kindergarten, **instance.key()
    )
    by_department = [
        (department, _aggregate(in_kindergarten.filter(department=department)))
        for department in departments
    ]
    total = _aggregate(in_kindergarten)
    shown = [result for _department, result in by_department if result.shown]
    remainder = total.respondents - sum(result.respondents for result in shown)
    if total.shown and 0 < remainder < threshold:
        total = AggregateResult(
            respondents=total.respondents, rows=[], hidden=True, threshold=threshold
        )
    elif total.shown:
        counted = {}
        for result in shown:
            for row in result.rows:
                counted[row.statement.pk] = counted.get(row.statement.pk, 0) + row.count
        total.rows = [
            row
            for row in total.rows
            if not 0 < row.count - counted.get(row.statement.pk, 0) < threshold
        ]
    return total, by_department


def published_results(instance, kindergarten, day=None):
    """The frozen results of ``kindergarten`` for a closed ``instance``.

    Returns ``(total, [(DepartmentRef, AggregateResult)])``, or ``None`` while
    the instance is open or has not started: nothing is shown while answers can
    still come in or change. The first read after the close computes the results
    of the whole kindergarten (total and every department, checked together by
    :func:`kindergarten_results`) and stores them; every later read, by anyone,
    gets exactly the same numbers, so no sequence of readings can be subtracted
    to reveal one person's answers. Two first reads at once: the unique
    constraint keeps one row and both return it.
    """
    if not instance.is_closed(day):
        return None
    published = PublishedResult.objects.filter(
        kindergarten=kindergarten, **instance.key()
    ).first()
    if published is None:
        departments = list(
            Department.objects.filter(kindergarten=kindergarten).order_by(
                "sort_order", "name"
            )
        )
        total, by_department = kindergarten_results(instance, kindergarten, departments)
        data = {
            "total": total.as_data(),
            "departments": [
                {"id": department.pk, "name": department.name, **result.as_data()}
                for department, result in by_department
            ],
        }
        try:
            with transaction.atomic():
                published = PublishedResult.objects.create(
                    kindergarten=kindergarten,
                    min_respondents=min_respondents(),
                    data=data,
                    **instance.key(),
                )
        except IntegrityError:
            published = PublishedResult.objects.get(
                kindergarten=kindergarten, **instance.key()
            )
    threshold = published.min_respondents
    return (
        AggregateResult.from_data(published.data["total"], threshold),
        [
            (
                DepartmentRef(item["id"], item["name"]),
                AggregateResult.from_data(item, threshold),
            )
            for item in published.data["departments"]
        ],
    )


def published_department_result(published, department):
    """One department's part of :func:`published_results` (0 respondents for a
    department that did not exist when the results were published)."""
    _total, by_department = published
    return next(
        (result for ref, result in by_department if ref.pk == department.pk),
        AggregateResult(respondents=0, rows=[]),
    )


TOO_FEW_ANSWERS = _("too few answers to show a result")
HIDDEN_TO_PROTECT = _(
    "hidden: together with the departments shown it would reveal individual answers"
)


def navigation(user, profile=None):
    """Which development-cycle links to offer ``user`` (computed once per page):
    only links the user can use, never one that answers 403."""
    profile = profile or profile_of(user)
    director = bool(profile and profile.kindergarten_id and is_director(user))
    has_profile = bool(profile and profile.kindergarten_id)
    return {
        "has_profile": has_profile,
        # The plan page needs a department, except for the director's overview.
        "plan": director or bool(has_profile and profile.department_id),
        "results": director or bool(result_departments(user, profile)),
        "is_director": director,
    }
