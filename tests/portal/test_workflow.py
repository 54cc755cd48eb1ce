"""No dead-end moderation (issue #12, item 13).

Wagtail's default "Moderators approval" workflow sat on the root page with an
approval task whose group (Moderators) the portal removes: a submitted page was
locked and nobody could approve it. Migration 0007 takes such workflows out of use
and cancels their open runs.
"""

import importlib

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from wagtail.models import (
    GroupApprovalTask,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)

from measures.factories import MeasurePageFactory
from portal.factories import MeetingMaterialPageFactory

migration = importlib.import_module(
    "portal.migrations.0007_remove_dead_default_workflow"
)


def dead_workflow_on_root():
    """The state Wagtail's own migrations leave behind: an approval task with no
    group, in an active workflow assigned to the root page."""
    task = GroupApprovalTask.objects.create(
        name="Moderators approval",
        active=True,
        content_type=ContentType.objects.get_for_model(GroupApprovalTask),
    )
    workflow = Workflow.objects.create(name="Moderators approval", active=True)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(workflow=workflow, page=Page.objects.get(depth=1))
    return workflow


@pytest.mark.django_db
def test_no_page_is_under_a_workflow_nobody_can_approve(editor_client):
    measure = MeasurePageFactory()
    meeting = MeetingMaterialPageFactory()
    assert measure.get_workflow() is None
    assert meeting.get_workflow() is None
    assert not WorkflowPage.objects.filter(workflow__active=True).exists()
    edit = editor_client.get(f"/admin/pages/{measure.pk}/edit/")
    assert edit.status_code == 200
    assert "action-submit" not in edit.content.decode()


@pytest.mark.django_db
def test_the_migration_releases_pages_stuck_in_the_dead_workflow(
    editor_user, director_user
):
    workflow = dead_workflow_on_root()
    measure = MeasurePageFactory()
    meeting = MeetingMaterialPageFactory()
    assert measure.get_workflow() == workflow
    measure.save_revision(user=editor_user)
    workflow.start(measure, editor_user)
    meeting.save_revision(user=director_user)
    workflow.start(meeting, director_user)
    measure.refresh_from_db()
    # Stuck: locked for its own editor, and nobody can approve it.
    assert measure.get_lock().for_user(editor_user)

    migration.retire_dead_workflows(apps, None)

    for page in (measure, meeting):
        page.refresh_from_db()
        assert page.get_workflow() is None
        assert page.workflow_in_progress is False
        assert page.get_lock() is None
        state = WorkflowState.objects.get(object_id=str(page.pk))
        assert state.status == WorkflowState.STATUS_CANCELLED
        assert not state.task_states.filter(status="in_progress").exists()
    assert measure.permissions_for_user(editor_user).can_publish()
    workflow.refresh_from_db()
    assert not workflow.active
