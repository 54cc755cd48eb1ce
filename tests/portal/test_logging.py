"""Production logs are JSON lines and hold no personal data: no usernames, client
addresses or search words (the anonymous query log is the place for those)."""

import json
import logging
from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.conf import settings
from gunicorn.config import Config

from portal.logs import GunicornJSONLogger, JSONFormatter

SECRET_WORDS = "hemmeligord"
USERNAME = "kari.nordmann"
ADDRESS = "10.9.8.7"


@pytest.mark.django_db
def test_request_and_login_logs_carry_no_personal_data(staff_client, caplog):
    caplog.set_level(logging.INFO)
    formatter = JSONFormatter()
    # A search, a missing page with a query string, and a locked-out login.
    staff_client.get(f"/sok/?q={SECRET_WORDS}")
    staff_client.get(f"/finnes-ikke/?q={SECRET_WORDS}")
    staff_client.logout()
    for _ in range(settings.AXES_FAILURE_LIMIT + 1):
        staff_client.post(
            "/logg-inn/",
            {"username": USERNAME, "password": "feil"},
            REMOTE_ADDR=ADDRESS,
        )

    lines = [formatter.format(record) for record in caplog.records]
    assert any("Not Found: /finnes-ikke/" in line for line in lines)
    assert any("AXES" in line for line in lines)
    for line in lines:
        entry = json.loads(line)
        assert {"time", "level", "logger", "message"} <= set(entry)
        for secret in (SECRET_WORDS, USERNAME, ADDRESS, "ansatt-test"):
            assert secret not in line, line


def test_gunicorn_access_lines_are_json_without_query_or_address(capsys):
    cfg = Config()
    cfg.set("accesslog", "-")
    logger = GunicornJSONLogger(cfg)
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": "/sok/",
        "QUERY_STRING": f"q={SECRET_WORDS}",
        "RAW_URI": f"/sok/?q={SECRET_WORDS}",
        "REMOTE_ADDR": ADDRESS,
        "HTTP_USER_AGENT": "Mozilla/5.0",
        "SERVER_PROTOCOL": "HTTP/1.1",
    }
    response = SimpleNamespace(status="200 OK", sent=1234, headers=[])
    logger.access(
        response, SimpleNamespace(headers=[]), environ, timedelta(seconds=0.25)
    )

    line = capsys.readouterr().out.strip().splitlines()[-1]
    entry = json.loads(line)
    assert entry["path"] == "/sok/"
    assert entry["status_code"] == 200
    assert entry["duration_ms"] == 250.0
    assert entry["bytes"] == 1234
    for secret in (SECRET_WORDS, ADDRESS, "Mozilla"):
        assert secret not in line
