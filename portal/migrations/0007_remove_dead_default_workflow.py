"""Take Wagtail's dead default moderation workflow out of use.

Wagtail creates a "Moderators approval" workflow on the root page whose only task
is approval by the "Moderators" group. Migration 0003 removes that group, so the
task has no group: editors and directors could "submit for moderation", the page
was then locked, and nobody could approve it.

This migration deactivates every workflow that has an approval task with no group
(nobody can ever approve it), deactivates those tasks, removes the workflows'
assignments to pages and snippet types, and cancels every run of them still in
progress or sent back for changes (with its open task), so no page or snippet stays locked. Publishing is
then governed by the page permissions alone. A real (four-eyes) workflow is a
later issue. Nothing is deleted, so the moderation history stays in the log.
"""

from django.db import migrations
from django.utils import timezone


def retire_dead_workflows(apps, schema_editor):
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Task = apps.get_model("wagtailcore", "Task")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    TaskState = apps.get_model("wagtailcore", "TaskState")

    dead_tasks = list(
        GroupApprovalTask.objects.filter(groups__isnull=True).values_list(
            "pk", flat=True
        )
    )
    if not dead_tasks:
        return
    dead_workflows = list(
        Workflow.objects.filter(workflow_tasks__task__in=dead_tasks)
        .distinct()
        .values_list("pk", flat=True)
    )
    now = timezone.now()
    # "needs_changes" runs are open too: resubmitting them would need the task.
    in_progress = WorkflowState.objects.filter(
        workflow__in=dead_workflows, status__in=("in_progress", "needs_changes")
    )
    TaskState.objects.filter(
        workflow_state__in=in_progress, status="in_progress"
    ).update(status="cancelled", finished_at=now)
    in_progress.update(status="cancelled")
    WorkflowPage.objects.filter(workflow__in=dead_workflows).delete()
    WorkflowContentType.objects.filter(workflow__in=dead_workflows).delete()
    Workflow.objects.filter(pk__in=dead_workflows).update(active=False)
    Task.objects.filter(pk__in=dead_tasks).update(active=False)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0006_page_last_published_index"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(
            retire_dead_workflows, migrations.RunPython.noop, elidable=False
        )
    ]
