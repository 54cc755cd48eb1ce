from .calendar import CalendarToken, Meeting
from .development import (
    Answer,
    Assessment,
    DepartmentPlan,
    DepartmentPlanNote,
    PracticeArea,
    PublishedResult,
    Statement,
)
from .organisation import (
    Department,
    InclusionTeamPage,
    Kindergarten,
    Profile,
    StaffRole,
    TeamMember,
)

__all__ = [
    "Answer",
    "Assessment",
    "CalendarToken",
    "Department",
    "DepartmentPlan",
    "DepartmentPlanNote",
    "InclusionTeamPage",
    "Kindergarten",
    "Meeting",
    "PracticeArea",
    "Profile",
    "PublishedResult",
    "StaffRole",
    "Statement",
    "TeamMember",
]
