"""Structured logs for production: one JSON object per line on stdout.

The standard library is enough for this (a formatter of a few lines), so there is
no dependency for it. What goes in is chosen, not everything a record carries:
Django attaches the whole request to its request-log records, and that must not
reach the logs (docs/operations.md, "Logs and privacy").
"""

import json
import logging
from datetime import UTC, datetime

from gunicorn.glogging import Logger as GunicornLogger

# Extra record attributes that are copied into the JSON line; nothing else is.
SAFE_FIELDS = ("status_code", "method", "path", "duration_ms", "bytes")


class JSONFormatter(logging.Formatter):
    def format(self, record):
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for name in SAFE_FIELDS:
            if hasattr(record, name):
                entry[name] = getattr(record, name)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


class GunicornJSONLogger(GunicornLogger):
    """gunicorn logger writing JSON lines (portal/gunicorn_conf.py sets it).

    Access lines have method, path, status, size and duration, and deliberately
    not the query string (search words), the client address or the user agent.
    """

    def setup(self, cfg):
        super().setup(cfg)
        for handler in (*self.error_log.handlers, *self.access_log.handlers):
            handler.setFormatter(JSONFormatter())

    def access(self, resp, req, environ, request_time):
        if not self.access_log_enabled:
            return
        status = resp.status
        if isinstance(status, str):
            status = status.split(None, 1)[0]
        method = environ.get("REQUEST_METHOD", "-")
        path = environ.get("PATH_INFO", "-")
        self.access_log.info(
            "%s %s %s",
            method,
            path,
            status,
            extra={
                "method": method,
                "path": path,
                "status_code": int(status),
                "bytes": getattr(resp, "sent", None),
                "duration_ms": round(request_time.total_seconds() * 1000, 1),
            },
        )
