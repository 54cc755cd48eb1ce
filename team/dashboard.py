"""What the home page shows of the development cycle, built before rendering."""

from portal.wheel_svg import draw_wheel

from . import cycle
from .models import Assessment, PracticeArea
from .views import upcoming_meetings


def home_context(request, wheel, position):
    user = request.user
    profile = cycle.profile_of(user)
    today = cycle.today()
    instance = cycle.open_instance(today, wheel) if wheel else None
    status = {}
    if instance:
        status = {
            "answered": Assessment.objects.filter(user=user, **instance.key()).exists(),
            "practice_area": PracticeArea.objects.filter(
                user=user, **instance.key()
            ).exists(),
        }
    return {
        "wheel_drawing_small": draw_wheel(
            wheel.periods, today, request, position, id_prefix="home-wheel"
        )
        if wheel and wheel.periods
        else None,
        "cycle_instance": instance,
        "cycle_status": status,
        "cycle_nav": cycle.navigation(user, profile),
        "upcoming_meetings": upcoming_meetings(user),
    }
