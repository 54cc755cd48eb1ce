"""URLs of the development cycle, included by portal/urls.py before Wagtail's pages.

Paths under /arshjul/ shadow any wheel period with the same slug, so their first
segments are reserved: portal.models.wheel.RESERVED_WHEEL_SLUGS refuses them as
period slugs.
"""

from django.urls import path

from . import views

urlpatterns = [
    path("arshjul/stastedsanalyse/", views.self_assessment, name="self_assessment"),
    path("arshjul/resultater/", views.results, name="assessment_results"),
    path("arshjul/plan/", views.plan_overview, name="department_plans"),
    path(
        "arshjul/plan/<slug:kindergarten>/<slug:department>/",
        views.department_plan,
        name="department_plan",
    ),
    path(
        "arshjul/plan/<slug:kindergarten>/<slug:department>/skriv-ut/",
        views.department_plan_print,
        name="department_plan_print",
    ),
    path("arshjul/ovingsomrade/", views.practice_area, name="practice_area"),
    path("arshjul/motekalender/", views.meeting_calendar, name="meeting_calendar"),
    path("arshjul/motekalender/nytt/", views.meeting_edit, name="meeting_create"),
    path(
        "arshjul/motekalender/<id:pk>/endre/",
        views.meeting_edit,
        name="meeting_edit",
    ),
    path(
        "arshjul/motekalender/<id:pk>/slett/",
        views.meeting_delete,
        name="meeting_delete",
    ),
    path(
        "arshjul/motekalender/abonnement/",
        views.calendar_subscription,
        name="calendar_subscription",
    ),
    path("arshjul/eksport.csv", views.export_results_csv, name="export_results"),
    path("arshjul/eksport-planer.csv", views.export_plans_csv, name="export_plans"),
    path("kalender/<str:token>.ics", views.calendar_feed, name="calendar_feed"),
]
