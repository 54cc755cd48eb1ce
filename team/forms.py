"""Forms of the development cycle. Error messages are Norwegian via the nb locale."""

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from measures.models import MeasurePage
from portal.access import open_pages
from portal.ids import IdChoiceField, IdField, IdMultipleChoiceField
from portal.models import MeetingMaterialPage

from . import cycle
from .models import Department, DepartmentPlan, Meeting, PracticeArea
from .models.development import NO_CHILD_DATA, SCALE

SCALE_CHOICES = [(str(v), str(v)) for v in SCALE]

# Meetings are planned and kept for a few years, not for centuries: dates from
# 1 January MEETING_YEARS years ago to 31 December MEETING_YEARS years ahead are
# accepted. Far-off dates broke the calendar feed (a meeting ending after year
# 9999 cannot be written) and the year 1 could not even be saved.
MEETING_YEARS = 5


def meeting_date_range(today=None):
    today = today or timezone.localdate()
    return (
        datetime.date(today.year - MEETING_YEARS, 1, 1),
        datetime.date(today.year + MEETING_YEARS, 12, 31),
    )


class InstanceField(IdField):
    widget = forms.HiddenInput


class SelfAssessmentForm(forms.Form):
    """One 1–5 choice and an optional comment per statement of the theme.

    ``periode`` and ``ar`` name the period instance the person saw; the view
    refuses the form when that instance is no longer the open one.
    """

    periode = InstanceField()
    ar = InstanceField()

    def __init__(self, *args, statements, answers=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.statements = list(statements)
        answers = answers or {}
        for statement in self.statements:
            previous = answers.get(statement.pk)
            self.fields[self.value_name(statement)] = forms.TypedChoiceField(
                label=statement.text,
                choices=[(str(v), f"{v} – {label}") for v, label in statement.scale],
                coerce=int,
                widget=forms.RadioSelect,
                initial=str(previous.value) if previous else None,
                error_messages={
                    "required": _("Choose a value from 1 to 5 for this statement."),
                    "invalid_choice": _(
                        "The answer must be a whole number from 1 to 5."
                    ),
                },
            )
            self.fields[self.comment_name(statement)] = forms.CharField(
                label=_("Comment (optional)"),
                required=False,
                max_length=1000,
                widget=forms.Textarea(attrs={"rows": 2}),
                initial=previous.comment if previous else "",
                help_text=NO_CHILD_DATA,
            )

    @staticmethod
    def value_name(statement):
        return f"svar-{statement.pk}"

    @staticmethod
    def comment_name(statement):
        return f"kommentar-{statement.pk}"

    def rows(self):
        """(statement, value field, comment field) for the template."""
        return [
            (s, self[self.value_name(s)], self[self.comment_name(s)])
            for s in self.statements
        ]

    def answers(self):
        return {
            s: (
                self.cleaned_data[self.value_name(s)],
                self.cleaned_data[self.comment_name(s)].strip(),
            )
            for s in self.statements
        }


def _theme_measures(focus_area):
    return (
        open_pages(MeasurePage.objects.all())
        .filter(focus_area=focus_area)
        .order_by("title")
    )


class MeasureChoiceField(IdChoiceField):
    def label_from_instance(self, obj):
        return obj.title


class MeasureMultipleChoiceField(IdMultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def label_from_instance(self, obj):
        return obj.title


class PracticeAreaForm(forms.ModelForm):
    measure = MeasureChoiceField(
        queryset=MeasurePage.objects.none(),
        required=False,
        label=_("Measure I practise with"),
        empty_label=_("Choose a measure"),
    )

    class Meta:
        model = PracticeArea
        fields = ["text", "measure", "notes"]
        widgets = {
            "text": forms.Textarea(attrs={"rows": 3}),
            "notes": forms.Textarea(attrs={"rows": 8}),
        }

    def __init__(self, *args, focus_area, **kwargs):
        super().__init__(*args, **kwargs)
        # Measures of the theme first; the whole library is still allowed.
        self.fields["measure"].queryset = open_pages(
            MeasurePage.objects.all()
        ).order_by("title")
        theme = list(_theme_measures(focus_area))
        others = [
            m for m in self.fields["measure"].queryset if m.focus_area != focus_area
        ]
        self.fields["measure"].choices = [
            ("", _("Choose a measure")),
            (
                _("Measures for the theme"),
                [(m.pk, m.title) for m in theme],
            ),
            (_("Other measures"), [(m.pk, m.title) for m in others]),
        ]


class DepartmentPlanForm(forms.ModelForm):
    keep_measures = MeasureMultipleChoiceField(
        queryset=MeasurePage.objects.none(),
        required=False,
        label=_("Measures for the area to keep"),
    )
    improve_measures = MeasureMultipleChoiceField(
        queryset=MeasurePage.objects.none(),
        required=False,
        label=_("Measures for the area to improve"),
    )

    class Meta:
        model = DepartmentPlan
        fields = ["keep_area", "improve_area", "keep_measures", "improve_measures"]
        widgets = {
            "keep_area": forms.Textarea(attrs={"rows": 3}),
            "improve_area": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, focus_area, **kwargs):
        super().__init__(*args, **kwargs)
        measures = _theme_measures(focus_area)
        for name in ("keep_measures", "improve_measures"):
            self.fields[name].queryset = measures

    def clean(self):
        cleaned = super().clean()
        if (
            not (cleaned.get("keep_area") or "").strip()
            and not (cleaned.get("improve_area") or "").strip()
        ):
            raise forms.ValidationError(
                _("Write at least the area to keep or the area to improve.")
            )
        return cleaned


class PlanNoteForm(forms.Form):
    meeting_date = forms.DateField(
        label=_("Date of the department meeting"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Write the date as YYYY-MM-DD.")},
    )
    text = forms.CharField(
        label=_("What did you agree on?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=NO_CHILD_DATA,
    )

    def clean_meeting_date(self):
        day = self.cleaned_data["meeting_date"]
        if day > cycle.today():
            raise forms.ValidationError(
                _(
                    "Notes are written after the meeting: the date cannot be in "
                    "the future."
                )
            )
        return day


class MeetingForm(forms.ModelForm):
    """A director's meeting for their own kindergarten."""

    date = forms.DateField(
        label=_("Date"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Write the date as YYYY-MM-DD.")},
    )
    time = forms.TimeField(
        label=_("Start time"),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={"invalid": _("Write the time as HH:MM.")},
    )
    department = IdChoiceField(
        queryset=Department.objects.none(),
        required=False,
        label=_("Department"),
        empty_label=_("The whole kindergarten"),
    )
    materials = IdMultipleChoiceField(
        queryset=MeetingMaterialPage.objects.none(),
        required=False,
        label=_("Meeting materials"),
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Meeting
        fields = [
            "title",
            "meeting_type",
            "department",
            "date",
            "time",
            "duration_minutes",
            "location",
            "description",
            "materials",
        ]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, kindergarten, **kwargs):
        super().__init__(*args, **kwargs)
        self.kindergarten = kindergarten
        self.fields["department"].queryset = Department.objects.filter(
            kindergarten=kindergarten
        ).order_by("sort_order", "name")
        self.fields["department"].label_from_instance = lambda d: d.name
        self.fields["materials"].queryset = open_pages(
            MeetingMaterialPage.objects.all()
        ).order_by("title")
        self.fields["materials"].label_from_instance = lambda m: m.title
        self.fields["department"].error_messages["invalid_choice"] = _(
            "Choose one of your kindergarten's departments."
        )
        if self.instance.pk:
            local = timezone.localtime(self.instance.starts_at)
            self.initial.setdefault("date", local.date())
            self.initial.setdefault("time", local.time().replace(second=0))

    def clean_date(self):
        day = self.cleaned_data["date"]
        first, last = meeting_date_range()
        if not first <= day <= last:
            raise forms.ValidationError(
                _("Choose a date from %(first)s to %(last)s.")
                % {
                    "first": first.strftime("%d.%m.%Y"),
                    "last": last.strftime("%d.%m.%Y"),
                }
            )
        return day

    def clean(self):
        cleaned = super().clean()
        day, time = cleaned.get("date"), cleaned.get("time")
        if day and time:
            cleaned["starts_at"] = timezone.make_aware(
                datetime.datetime.combine(day, time)
            )
        return cleaned

    def save(self, commit=True):
        self.instance.kindergarten = self.kindergarten
        self.instance.starts_at = self.cleaned_data["starts_at"]
        return super().save(commit=commit)
