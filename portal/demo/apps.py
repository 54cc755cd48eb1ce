from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo content and ``load_demo``: installed by the dev and test settings
    only, never by production. No models."""

    name = "portal.demo"
    label = "demo"
    verbose_name = "Demo"
