"""Settings for `make mutation` (docs/testing.md): the test settings, with the test
database in a file, so that pytest-django's --reuse-db migrates it once and every
mutant's test run reuses it (an in-memory database is migrated on every run,
which costs far more than the tests that cover one function)."""

from portal.settings.test import *  # noqa: F403
from portal.settings.test import DATABASES

DATABASES["default"].setdefault("TEST", {})["NAME"] = "mutation-test.sqlite3"
