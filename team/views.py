"""Views of the development cycle: self-assessment, results, plans, practice area,
meeting calendar with its iCalendar feed, and the director's export.

Every refusal renders ``team/denied.html`` with a Norwegian reason and status 403
(or 404 where even the existence of a thing must not leak); nothing is changed.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.db import transaction
from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from portal.models import AnnualWheelPage

from . import cycle, export, ical
from .forms import (
    DepartmentPlanForm,
    MeetingForm,
    PlanNoteForm,
    PracticeAreaForm,
    SelfAssessmentForm,
)
from .models import (
    Answer,
    Assessment,
    CalendarToken,
    Department,
    DepartmentPlan,
    DepartmentPlanNote,
    Meeting,
    PracticeArea,
    Statement,
)

UPCOMING_MEETINGS = 3


def denied(request, message, status=403):
    return render(request, "team/denied.html", {"message": message}, status=status)


def _no_profile(request):
    return denied(
        request,
        _(
            "Your user account is not linked to a kindergarten. Ask your director "
            "to set up your staff profile."
        ),
    )


def _wheel():
    return AnnualWheelPage.objects.live().first()


def _wheel_context(wheel, instance):
    """What every cycle page shows about where we are in the year."""
    today = cycle.today()
    position = wheel.position_on(today) if wheel else None
    return {"wheel": wheel, "instance": instance, "position": position, "today": today}


# --- Self-assessment -------------------------------------------------------------


def self_assessment(request):
    profile = cycle.profile_of(request.user)
    if profile is None or profile.kindergarten_id is None:
        return _no_profile(request)
    wheel = _wheel()
    instance = cycle.open_instance(wheel=wheel)
    context = _wheel_context(wheel, instance)
    context["history"] = _assessment_history(request.user)
    if instance is None:
        if request.method == "POST":
            return _closed(request)
        return render(request, "team/self_assessment.html", context)

    statements = list(
        Statement.objects.filter(focus_area=instance.period.focus_area, active=True)
    )
    assessment = Assessment.objects.filter(user=request.user, **instance.key()).first()
    answers = (
        {a.statement_id: a for a in assessment.answers.all()} if assessment else {}
    )
    if request.method == "POST":
        if request.POST.get("periode") != str(instance.period.pk) or request.POST.get(
            "ar"
        ) != str(instance.school_year):
            return _closed(request)
        form = SelfAssessmentForm(request.POST, statements=statements)
        if form.is_valid() and statements:
            _save_answers(request.user, profile, instance, form.answers())
            messages.success(
                request,
                _("Your answers are saved. You can change them until the period ends."),
            )
            return redirect("self_assessment")
        messages.error(request, _("The answers were not saved. See the errors below."))
        status = 400
    else:
        form = SelfAssessmentForm(
            statements=statements,
            answers=answers,
            initial={"periode": instance.period.pk, "ar": instance.school_year},
        )
        status = 200
    context.update(
        form=form,
        statements=statements,
        assessment=assessment,
        comparison=_comparison(request.user, instance, statements),
    )
    return render(request, "team/self_assessment.html", context, status=status)


def _closed(request):
    return denied(
        request,
        _(
            "This self-assessment is closed: its period is over or has not started. "
            "Nothing was saved."
        ),
    )


@transaction.atomic
def _save_answers(user, profile, instance, answers):
    assessment, _created = Assessment.objects.update_or_create(
        user=user,
        **instance.key(),
        defaults={
            "kindergarten_id": profile.kindergarten_id,
            "department_id": profile.department_id,
        },
    )
    for statement, (value, comment) in answers.items():
        Answer.objects.update_or_create(
            assessment=assessment,
            statement=statement,
            defaults={"value": value, "comment": comment},
        )


def _comparison(user, instance, statements):
    """This year's and last year's answer per statement, for the person only."""
    values = {}
    for answer in Answer.objects.filter(
        assessment__user=user,
        assessment__period=instance.period,
        assessment__school_year__in=[instance.school_year, instance.school_year - 1],
    ).select_related("assessment"):
        year = answer.assessment.school_year
        values[(answer.statement_id, year)] = answer.value
    rows = []
    for statement in statements:
        now = values.get((statement.pk, instance.school_year))
        before = values.get((statement.pk, instance.school_year - 1))
        rows.append(
            {
                "statement": statement,
                "now": now,
                "before": before,
                "change": now - before if now and before else None,
            }
        )
    return rows if any(r["before"] for r in rows) else []


def _assessment_history(user):
    return list(
        Assessment.objects.filter(user=user)
        .select_related("period")
        .order_by("-school_year", "-period__path")
    )


# --- Results (aggregates only) -----------------------------------------------------


def results(request):
    profile = cycle.profile_of(request.user)
    if profile is None or profile.kindergarten_id is None:
        return _no_profile(request)
    departments = cycle.result_departments(request.user, profile)
    show_kindergarten = cycle.can_view_kindergarten_results(
        request.user, profile.kindergarten, profile
    )
    if not departments and not show_kindergarten:
        return denied(
            request,
            _(
                "Self-assessment results are shown to pedagogical leaders for their "
                "department and to directors for their kindergarten. Your own "
                "answers are on the self-assessment page."
            ),
        )
    wheel = _wheel()
    periods = wheel.periods if wheel else []
    instance = _chosen_instance(request, periods, wheel, cycle.latest_closed_instance)
    if instance is False:
        return denied(request, _("That period does not exist."), status=404)
    groups = []
    published = (
        cycle.published_results(instance, profile.kindergarten) if instance else None
    )
    if published:
        if show_kindergarten:
            total, _by_department = published
            groups.append(
                {
                    "name": profile.kindergarten.name,
                    "is_kindergarten": True,
                    "result": total,
                }
            )
        groups += [
            {
                "name": d.name,
                "department": d,
                "result": cycle.published_department_result(published, d),
            }
            for d in departments
        ]
    context = _wheel_context(wheel, instance)
    context.update(
        groups=groups,
        profile=profile,
        choices=_instance_choices(periods, profile, instance),
        min_respondents=cycle.min_respondents(),
        not_closed=bool(instance and not published),
        can_export=show_kindergarten,
    )
    return render(request, "team/results.html", context)


def _chosen_instance(request, periods, wheel, default=cycle.latest_instance):
    """The instance in ?periode=&ar=, else ``default``; False for bad input."""
    if "periode" in request.GET or "ar" in request.GET:
        return cycle.instance_from_request(request.GET, periods) or False
    return default(wheel=wheel)


def _instance_choices(periods, profile, selected):
    """Closed instances with answers in the kindergarten, plus the selected one."""
    by_pk = {p.pk: p for p in periods}
    keys = set(
        Assessment.objects.filter(kindergarten_id=profile.kindergarten_id)
        .values_list("period_id", "school_year")
        .distinct()
    )
    if selected:
        keys.add((selected.period.pk, selected.school_year))
    instances = [
        cycle.PeriodInstance(by_pk[pk], year) for pk, year in keys if pk in by_pk
    ]
    instances = [i for i in instances if i.is_closed() or i == selected]
    instances.sort(key=lambda i: i.start, reverse=True)
    return [
        {"instance": i, "selected": selected is not None and i == selected}
        for i in instances
    ]


# --- Department plan ---------------------------------------------------------------


def plan_overview(request):
    """Directors: every department's plan for the period (printable).
    Everyone else goes to their own department's plan."""
    profile = cycle.profile_of(request.user)
    if profile is None or profile.kindergarten_id is None:
        return _no_profile(request)
    if not cycle.is_director(request.user):
        if profile.department is None:
            return denied(request, _("You do not belong to a department."))
        return redirect(_plan_url(profile.department))
    wheel = _wheel()
    instance = _chosen_instance(
        request, wheel.periods if wheel else [], wheel, _default_plan_instance
    )
    if instance is False:
        return denied(request, _("That period does not exist."), status=404)
    departments = list(
        Department.objects.filter(kindergarten_id=profile.kindergarten_id)
        .select_related("kindergarten")
        .order_by("sort_order", "name")
    )
    plans = {}
    if instance:
        plans = {
            plan.department_id: plan
            for plan in _plans_queryset().filter(
                department__in=departments, **instance.key()
            )
        }
    context = _wheel_context(wheel, instance)
    context.update(
        kindergarten=profile.kindergarten,
        rows=[
            {"department": d, "plan": plans.get(d.pk), "url": _plan_url(d)}
            for d in departments
        ],
    )
    return render(request, "team/plan_overview.html", context)


def _default_plan_instance(wheel):
    """The plan being written (the open period's, or between periods the next
    one's), else the latest."""
    return cycle.plan_instance(wheel=wheel) or cycle.latest_instance(wheel=wheel)


def _plan_url(department):
    return reverse(
        "department_plan",
        kwargs={
            "kindergarten": department.kindergarten.slug,
            "department": department.slug,
        },
    )


def _plans_queryset():
    return DepartmentPlan.objects.select_related(
        "department", "period"
    ).prefetch_related(
        "keep_measures",
        "improve_measures",
        Prefetch("notes", queryset=DepartmentPlanNote.objects.select_related("author")),
    )


def _department_or_404(kindergarten, department):
    return get_object_or_404(
        Department.objects.select_related("kindergarten"),
        kindergarten__slug=kindergarten,
        slug=department,
    )


def department_plan(request, kindergarten, department, print_view=False):
    department = _department_or_404(kindergarten, department)
    profile = cycle.profile_of(request.user)
    if not cycle.can_view_department_plan(request.user, department, profile):
        return denied(
            request,
            _(
                "You can only see the plan of your own department. Directors see "
                "the plans of their own kindergarten."
            ),
        )
    can_edit = cycle.can_edit_department_plan(request.user, department, profile)
    wheel = _wheel()
    periods = wheel.periods if wheel else []
    if "periode" in request.GET or "ar" in request.GET:
        instance = cycle.instance_from_request(request.GET, periods)
        if instance is None:
            return denied(request, _("That period does not exist."), status=404)
    else:
        instance = _default_plan_instance(wheel)
    plan = (
        _plans_queryset().filter(department=department, **instance.key()).first()
        if instance
        else None
    )
    # Writable: the open period's plan, or between periods the next one's (a
    # draft, written on the planning days before it starts).
    editable = bool(
        can_edit and instance and instance == cycle.plan_instance(wheel=wheel)
    )
    draft = bool(editable and not instance.is_open(cycle.today()))
    plan_form = note_form = None
    status = 200
    if request.method == "POST":
        if not can_edit:
            return denied(
                request,
                _(
                    "Only the department's pedagogical leader and the director can "
                    "change the plan. Nothing was saved."
                ),
            )
        if not editable:
            return denied(
                request,
                _(
                    "The plan can only be changed while its period is open, or "
                    "between periods for the next one. Nothing was saved."
                ),
            )
        action = request.POST.get("handling")
        if action == "notat":
            if draft:
                return denied(
                    request,
                    _(
                        "Notes after department meetings can be added when the "
                        "period has started. Nothing was saved."
                    ),
                )
            if plan is None:
                return denied(
                    request,
                    _("Save the plan before you add notes. Nothing was saved."),
                    status=400,
                )
            note_form = PlanNoteForm(request.POST)
            if note_form.is_valid():
                DepartmentPlanNote.objects.create(
                    plan=plan, author=request.user, **note_form.cleaned_data
                )
                messages.success(request, _("The note is saved."))
                return redirect(_plan_url(department))
        elif action == "plan":
            plan_form = DepartmentPlanForm(
                request.POST,
                instance=plan
                or DepartmentPlan(department=department, **instance.key()),
                focus_area=instance.period.focus_area,
            )
            if plan_form.is_valid():
                saved = plan_form.save(commit=False)
                saved.updated_by = request.user
                with transaction.atomic():
                    saved.save()
                    plan_form.save_m2m()
                messages.success(request, _("The department plan is saved."))
                return redirect(_plan_url(department))
        else:
            return denied(request, _("Unknown action. Nothing was saved."), status=400)
        messages.error(request, _("Nothing was saved. See the errors below."))
        status = 400
    if editable:
        plan_form = plan_form or DepartmentPlanForm(
            instance=plan, focus_area=instance.period.focus_area
        )
        if not draft:
            note_form = note_form or PlanNoteForm(
                initial={"meeting_date": cycle.today()}
            )
    context = _wheel_context(wheel, instance)
    context.update(
        department=department,
        plan=plan,
        plan_form=plan_form,
        note_form=note_form,
        can_edit=can_edit,
        editable=editable,
        draft=draft,
        earlier_plans=list(
            _plans_queryset()
            .filter(department=department)
            .exclude(pk=plan.pk if plan else None)
            .order_by("-school_year", "-period__path")
        ),
        print_url=reverse(
            "department_plan_print",
            kwargs={
                "kindergarten": department.kindergarten.slug,
                "department": department.slug,
            },
        ),
    )
    template = "team/plan_print.html" if print_view else "team/department_plan.html"
    return render(request, template, context, status=status)


def department_plan_print(request, kindergarten, department):
    if request.method != "GET":
        return denied(request, _("The print view cannot be changed."), status=405)
    return department_plan(request, kindergarten, department, print_view=True)


# --- Practice area -------------------------------------------------------------------


def practice_area(request):
    wheel = _wheel()
    instance = cycle.open_instance(wheel=wheel)
    mine = list(
        PracticeArea.objects.filter(user=request.user)
        .select_related("period", "measure")
        .order_by("-school_year", "-period__path")
    )
    context = _wheel_context(wheel, instance)
    current = None
    if instance:
        current = next(
            (
                p
                for p in mine
                if p.period_id == instance.period.pk
                and p.school_year == instance.school_year
            ),
            None,
        )
    if request.method == "POST":
        if (
            instance is None
            or request.POST.get("periode") != str(instance.period.pk)
            or request.POST.get("ar") != str(instance.school_year)
        ):
            return denied(
                request,
                _(
                    "You can only choose a practice area while its period is open. "
                    "Nothing was saved."
                ),
            )
        form = PracticeAreaForm(
            request.POST,
            instance=current or PracticeArea(user=request.user, **instance.key()),
            focus_area=instance.period.focus_area,
        )
        if form.is_valid():
            form.save()
            messages.success(
                request, _("Your practice area is saved. Only you see it.")
            )
            return redirect("practice_area")
        messages.error(request, _("Nothing was saved. See the errors below."))
        status = 400
    else:
        form = (
            PracticeAreaForm(instance=current, focus_area=instance.period.focus_area)
            if instance
            else None
        )
        status = 200
    context.update(
        form=form,
        current=current,
        earlier=[p for p in mine if p is not current],
    )
    return render(request, "team/practice_area.html", context, status=status)


# --- Meeting calendar ----------------------------------------------------------------


def meeting_calendar(request):
    profile = cycle.profile_of(request.user)
    if profile is None or profile.kindergarten_id is None:
        return _no_profile(request)
    now = timezone.now()
    meetings = (
        Meeting.objects.visible_to(profile)
        .select_related("department")
        .prefetch_related("materials")
    )
    token = CalendarToken.objects.active().filter(user=request.user).first()
    context = {
        "kindergarten": profile.kindergarten,
        "upcoming": list(meetings.filter(starts_at__gte=now - _ongoing())),
        "past": list(meetings.filter(starts_at__lt=now - _ongoing()).reverse()[:10]),
        "is_director": cycle.is_director_of(
            request.user, profile.kindergarten, profile
        ),
        "feed_url": request.build_absolute_uri(
            reverse("calendar_feed", kwargs={"token": token.token})
        )
        if token
        else None,
    }
    return render(request, "team/meeting_calendar.html", context)


def _ongoing():
    from datetime import timedelta

    return timedelta(hours=12)


def upcoming_meetings(user, limit=UPCOMING_MEETINGS):
    """For the home page: the next few meetings the person is invited to."""
    profile = cycle.profile_of(user)
    if profile is None:
        return []
    return list(
        Meeting.objects.visible_to(profile)
        .filter(starts_at__gte=timezone.now())
        .select_related("department")
        .prefetch_related("materials")[:limit]
    )


def _director_profile(request):
    profile = cycle.profile_of(request.user)
    if profile is None or not cycle.is_director_of(
        request.user, profile.kindergarten, profile
    ):
        return None
    return profile


def meeting_edit(request, pk=None):
    profile = _director_profile(request)
    if profile is None:
        return denied(
            request,
            _("Only directors can add and change meetings. Nothing was saved."),
        )
    meeting = None
    if pk is not None:
        meeting = get_object_or_404(Meeting, pk=pk)
        if meeting.kindergarten_id != profile.kindergarten_id:
            return denied(
                request,
                _("You can only change your own kindergarten's meetings."),
            )
    if request.method == "POST":
        form = MeetingForm(
            request.POST, instance=meeting, kindergarten=profile.kindergarten
        )
        if form.is_valid():
            saved = form.save(commit=False)
            if saved.created_by_id is None:
                saved.created_by = request.user
            with transaction.atomic():
                saved.save()
                form.save_m2m()
            messages.success(request, _("The meeting is saved."))
            return redirect("meeting_calendar")
        messages.error(request, _("Nothing was saved. See the errors below."))
        status = 400
    else:
        form = MeetingForm(instance=meeting, kindergarten=profile.kindergarten)
        status = 200
    return render(
        request,
        "team/meeting_form.html",
        {"form": form, "meeting": meeting, "kindergarten": profile.kindergarten},
        status=status,
    )


@require_http_methods(["GET", "POST"])
def meeting_delete(request, pk):
    """GET asks for confirmation (deletes nothing); POST deletes."""
    profile = _director_profile(request)
    meeting = get_object_or_404(Meeting, pk=pk)
    if profile is None or meeting.kindergarten_id != profile.kindergarten_id:
        return denied(
            request, _("You can only delete your own kindergarten's meetings.")
        )
    if request.method == "GET":
        return render(request, "team/meeting_confirm_delete.html", {"meeting": meeting})
    meeting.delete()
    messages.success(request, _("The meeting is deleted."))
    return redirect("meeting_calendar")


@require_POST
def calendar_subscription(request):
    """Create (or replace) or revoke the person's private feed address."""
    action = request.POST.get("handling")
    active = CalendarToken.objects.active().filter(user=request.user)
    if action == "ny":
        with transaction.atomic():
            for token in active:
                token.revoke()
            CalendarToken.objects.create(user=request.user)
        messages.success(
            request,
            _("You have a new calendar address. Any older address no longer works."),
        )
    elif action == "trekk-tilbake":
        for token in active:
            token.revoke()
        messages.success(request, _("The calendar address no longer works."))
    else:
        messages.error(request, _("Unknown action. Nothing was changed."))
    return redirect("meeting_calendar")


@login_not_required
@never_cache
def calendar_feed(request, token):
    """The kindergarten's meetings as iCalendar, for the token's owner.

    The only anonymous view of the development cycle: calendar apps cannot log in,
    so the unguessable token is the credential. An unknown or revoked token, or a
    deactivated user, gives 404 so as not to tell which.
    """
    subscription = (
        CalendarToken.objects.active()
        .select_related("user")
        .filter(token=token, user__is_active=True)
        .first()
    )
    if subscription is None:
        raise Http404
    profile = cycle.profile_of(subscription.user)
    meetings = (
        Meeting.objects.visible_to(profile)
        .filter(starts_at__gte=timezone.now() - ical.FEED_HISTORY)
        .select_related("department", "kindergarten")
        .prefetch_related("materials")
        if profile
        else Meeting.objects.none()
    )
    body = ical.calendar_for(
        meetings,
        name=_("Meetings – %(kindergarten)s")
        % {
            "kindergarten": profile.kindergarten.name
            if profile and profile.kindergarten
            else ""
        },
        base_url=request.build_absolute_uri("/"),
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="motekalender.ics"'
    return response


# --- Export --------------------------------------------------------------------------


def export_results_csv(request):
    profile = _director_profile(request)
    if profile is None:
        return denied(
            request,
            _("Only directors can download their kindergarten's results."),
        )
    return export.results_response(profile.kindergarten, _wheel())


def export_plans_csv(request):
    profile = _director_profile(request)
    if profile is None:
        return denied(
            request,
            _("Only directors can download their kindergarten's plans."),
        )
    return export.plans_response(profile.kindergarten)
