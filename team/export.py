"""A director's CSV export: aggregate results and department plans, never answers.

Semicolon-separated UTF-8 with a BOM and decimal commas, which is what Excel in
Norwegian opens correctly by a double click. Cells that a spreadsheet would read
as a formula are prefixed with an apostrophe.
"""

import csv

from django.http import HttpResponse
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.text import slugify
from django.utils.translation import gettext as _

from . import cycle
from .models import Assessment, Department, DepartmentPlan

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value):
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def _csv_response(filename, header, rows):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")
    writer = csv.writer(response, delimiter=";")
    writer.writerow(header)
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    return response


def _mean(value):
    return number_format(value, 2) if value is not None else ""


def result_rows(kindergarten, wheel):
    """One row per group and statement; a group under the threshold gets one row
    saying so and no numbers. Closed periods only, from the same frozen
    cycle.published_results as the results page, so a download never differs
    from an earlier one."""
    periods = {p.pk: p for p in (wheel.periods if wheel else [])}
    keys = sorted(
        set(
            Assessment.objects.filter(kindergarten=kindergarten)
            .values_list("period_id", "school_year")
            .distinct()
        ),
        key=lambda k: (k[1], periods[k[0]].path if k[0] in periods else ""),
    )
    departments = list(
        Department.objects.filter(kindergarten=kindergarten).order_by(
            "sort_order", "name"
        )
    )
    for period_id, year in keys:
        if period_id not in periods:
            continue
        instance = cycle.PeriodInstance(periods[period_id], year)
        published = cycle.published_results(instance, kindergarten)
        if published is None:
            continue  # still open: nothing until it has closed
        total, _by_department = published
        groups = [("", total)] + [
            (d.name, cycle.published_department_result(published, d))
            for d in departments
        ]
        for dept_name, result in groups:
            prefix = [
                instance.period.title,
                instance.school_year_label,
                kindergarten.name,
                dept_name or _("Whole kindergarten"),
                result.respondents,
            ]
            if not result.shown:
                reason = (
                    cycle.HIDDEN_TO_PROTECT if result.hidden else cycle.TOO_FEW_ANSWERS
                )
                yield prefix + [str(reason), "", "", "", "", "", "", ""]
                continue
            for row in result.rows:
                yield prefix + [
                    row.statement.text,
                    row.count,
                    *[n for _v, n, _p in row.distribution],
                    _mean(row.mean),
                ]


def results_response(kindergarten, wheel):
    header = [
        _("Period"),
        _("School year"),
        _("Kindergarten"),
        _("Department"),
        _("Respondents"),
        _("Statement"),
        _("Answers"),
        "1",
        "2",
        "3",
        "4",
        "5",
        _("Mean"),
    ]
    filename = f"resultater-{slugify(kindergarten.slug)}-{timezone.localdate()}.csv"
    return _csv_response(filename, header, result_rows(kindergarten, wheel))


def plan_rows(kindergarten):
    plans = (
        DepartmentPlan.objects.filter(department__kindergarten=kindergarten)
        .select_related("department", "period")
        .prefetch_related("keep_measures", "improve_measures", "notes")
        .order_by("school_year", "period__path", "department__sort_order")
    )
    for plan in plans:
        yield [
            plan.period.title,
            f"{plan.school_year}–{plan.school_year + 1}",
            plan.department.name,
            plan.keep_area,
            ", ".join(m.title for m in plan.keep_measures.all()),
            plan.improve_area,
            ", ".join(m.title for m in plan.improve_measures.all()),
            "\n".join(
                f"{note.meeting_date:%d.%m.%Y}: {note.text}"
                for note in plan.notes.all()
            ),
        ]


def plans_response(kindergarten):
    header = [
        _("Period"),
        _("School year"),
        _("Department"),
        _("Area to keep"),
        _("Measures (keep)"),
        _("Area to improve"),
        _("Measures (improve)"),
        _("Notes after department meetings"),
    ]
    filename = f"planer-{slugify(kindergarten.slug)}-{timezone.localdate()}.csv"
    return _csv_response(filename, header, plan_rows(kindergarten))
