"""Tooling stays out of production (#13).

The demo (``load_demo``) and the benchmark (``bench``) are installed by the dev and
test settings only, and the production lock holds no test tools.
"""

import os
import re
import subprocess
import sys

from django.conf import settings

BASE_DIR = settings.BASE_DIR
TOOLING_COMMANDS = ("load_demo", "bench")
TEST_TOOLS = (
    "pytest",
    "pytest-django",
    "playwright",
    "ruff",
    "hypothesis",
    "factory-boy",
    "wagtail-factories",
)


def manage_help(settings_module):
    """The command names ``manage.py help`` lists with these settings."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": settings_module,
        # What production refuses to start without.
        "SECRET_KEY": "settings-split-test-only-0123456789-abcdefghijklmnop",
        "ALLOWED_HOSTS": "portal.example.no",
    }
    completed = subprocess.run(  # noqa: S603
        [sys.executable, str(BASE_DIR / "manage.py"), "help"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    return set(re.findall(r"^    (\S+)$", completed.stdout, flags=re.MULTILINE))


def locked_pins(name):
    """{package: version} of a uv/pip lock file."""
    pins = {}
    for line in (BASE_DIR / name).read_text().splitlines():
        if line and not line.startswith((" ", "#")):
            package, _, version = line.partition("==")
            pins[package.strip().lower()] = version.strip()
    return pins


def test_production_settings_offer_neither_the_demo_nor_the_benchmark():
    commands = manage_help("portal.settings.production")
    assert "migrate" in commands  # the listing itself worked
    assert not set(TOOLING_COMMANDS) & commands


def test_dev_settings_still_offer_the_demo_and_the_benchmark():
    # make run / make demo / make bench run manage.py with the dev settings.
    commands = manage_help("portal.settings.dev")
    assert set(TOOLING_COMMANDS) <= commands


def test_production_lock_holds_no_test_tools():
    production = locked_pins("requirements.lock")
    assert "django" in production and "wagtail" in production
    assert not set(TEST_TOOLS) & set(production)


def test_dev_lock_is_the_production_lock_plus_the_test_tools_at_the_same_pins():
    production = locked_pins("requirements.lock")
    dev = locked_pins("requirements-dev.lock")
    assert set(TEST_TOOLS) <= set(dev)
    assert {name: dev.get(name) for name in production} == production
