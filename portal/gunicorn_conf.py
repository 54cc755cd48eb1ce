"""gunicorn settings: `gunicorn -c python:portal.gunicorn_conf portal.wsgi`.

JSON lines on stdout for both the access and the error log, without query strings,
client addresses or user agents (portal.logs.GunicornJSONLogger).
"""

logger_class = "portal.logs.GunicornJSONLogger"
accesslog = "-"
errorlog = "-"
