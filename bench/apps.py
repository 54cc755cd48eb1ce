from django.apps import AppConfig


class BenchConfig(AppConfig):
    """``make bench`` (``manage.py bench``): installed by the dev and test settings
    only, never by production."""

    name = "bench"
    label = "bench"
    verbose_name = "Benchmark"
