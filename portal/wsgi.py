import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

application = get_wsgi_application()


def freeze_startup_objects():
    """Keep what the process loaded at start-up out of the full collections.

    Python's cyclic garbage collector now and then walks every object it tracks.
    After start-up (Django, Wagtail, models, URL patterns) that is about 200 000
    objects, so such a pass held up a request for about 130 ms, once in every
    hundred or so searches (docs/performance.md). These objects live as long as
    the process: ``gc.freeze()`` leaves them out, and a full pass takes about
    1 ms. ``make bench`` calls this too, at the same point.
    """
    gc.collect()
    gc.freeze()


freeze_startup_objects()
