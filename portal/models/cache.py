from django.db import models


class ContentGeneration(models.Model):
    """A single counter that goes up whenever content shown on cached pages changes.

    Cached page fragments (portal.page_cache) carry the counter in their key, so a
    publish anywhere makes every process render afresh on its next request. It
    lives in the database, not in the cache, because each gunicorn worker has its
    own in-memory cache: a signal handled in one worker cannot clear the others',
    but all of them read this row (one primary-key lookup per cached page view).
    """

    value = models.PositiveBigIntegerField(default=0)

    class Meta:
        verbose_name = "content generation"

    def __str__(self):
        return str(self.value)
