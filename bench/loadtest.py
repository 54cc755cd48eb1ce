"""Requests per second for one page, served the way production serves it.

Used by `make bench` (bench/runner.py, inside a backend's worker process, on the
generated data): starts gunicorn with our settings file (portal/gunicorn_conf.py)
and two workers against the same database, logs a staff member in, and drives the
page with wrk (Debian's `wrk`, installed with apt when missing and running as
root) for a fixed time. A small Lua script makes wrk count every answer that is not
a 200 — wrk itself counts redirects as successes, and a redirect to the login page
would be a very fast wrong answer.
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from django.conf import settings

WORKERS = 2
TARGET_RPS = 200
GUNICORN_START_TIMEOUT_S = 60

# Per-thread counters summed in done(); the result is one JSON line on stdout.
WRK_SCRIPT = """
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) non200 = 0 end
function response(status, headers, body)
  if status ~= 200 then non200 = non200 + 1 end
end
function done(summary, latency, requests)
  local non200 = 0
  for _, t in ipairs(threads) do non200 = non200 + t:get("non200") end
  local e = summary.errors
  io.write(string.format(
    'WRK_RESULT {"requests": %d, "duration_us": %d, "non_200": %d, '
    .. '"socket_errors": %d, "p50_us": %d, "p90_us": %d, "p99_us": %d, '
    .. '"max_us": %d}\\n',
    summary.requests, summary.duration, non200,
    e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency.max))
end
"""


def find_wrk(out=sys.stderr):
    """Path to wrk; installs Debian's package when missing and we are root."""
    found = shutil.which("wrk")
    if found or os.geteuid() != 0 or not shutil.which("apt-get"):
        return found
    out.write("Installerer wrk (apt-get install wrk) …\n")
    apt = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "wrk"]
    if subprocess.run(install, env=apt, capture_output=True).returncode:  # noqa: S603
        subprocess.run(["apt-get", "update"], env=apt, capture_output=True)  # noqa: S603, S607
        subprocess.run(install, env=apt, capture_output=True)  # noqa: S603
    return shutil.which("wrk")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def session_cookie(client):
    """The Cookie header of a logged-in django.test.Client (its session is in the
    database, so gunicorn's workers accept it)."""
    name = settings.SESSION_COOKIE_NAME
    return f"{name}={client.cookies[name].value}"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def fetch_status(url, cookie=None, timeout=5):
    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})  # noqa: S310
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(request, timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def start_gunicorn(port, workers=WORKERS, extra_env=None):
    gunicorn = Path(sys.executable).parent / "gunicorn"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": os.environ.get(
            "DJANGO_SETTINGS_MODULE", "portal.settings.test"
        ),
        # Persistent database connections, as production should run them.
        "DATABASE_CONN_MAX_AGE": os.environ.get("DATABASE_CONN_MAX_AGE", "60"),
        **(extra_env or {}),
    }
    command = [
        str(gunicorn),
        "-c",
        "python:portal.gunicorn_conf",
        "--workers",
        str(workers),
        "--bind",
        f"127.0.0.1:{port}",
        "portal.wsgi",
    ]
    return subprocess.Popen(  # noqa: S603
        command,
        cwd=settings.BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,  # the JSON access log: one line per request
        stderr=subprocess.PIPE,
        text=True,
    ), command


def wait_until_up(base_url, process, timeout=GUNICORN_START_TIMEOUT_S):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn stopped: {process.stderr.read()[-2000:]}")
        try:
            if fetch_status(f"{base_url}/helse/", timeout=2) in (200, 503):
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"gunicorn did not answer within {timeout} s")


def stop(process):
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def run_wrk(wrk, url, cookie, duration_s, connections, threads):
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT)
    command = [
        wrk,
        f"-t{threads}",
        f"-c{connections}",
        f"-d{duration_s}s",
        "--timeout",
        "10s",
        "-s",
        script.name,
        "-H",
        f"Cookie: {cookie}",
        url,
    ]
    try:
        completed = subprocess.run(  # noqa: S603
            command, capture_output=True, text=True, check=False
        )
    finally:
        Path(script.name).unlink(missing_ok=True)
    line = next(
        (x for x in completed.stdout.splitlines() if x.startswith("WRK_RESULT ")),
        None,
    )
    if completed.returncode != 0 or line is None:
        raise RuntimeError(
            f"wrk failed (exit {completed.returncode}): "
            f"{(completed.stderr or completed.stdout)[-500:]}"
        )
    shown = " ".join(
        [Path(wrk).name, *command[1:-5], "-s count-non-200.lua"]
        + ["-H 'Cookie: sessionid=…'", url]
    )
    return json.loads(line.removeprefix("WRK_RESULT ")), shown


def measure_throughput(
    client, path, duration_s=15, connections=8, threads=2, out=sys.stderr
):
    """Requests/s for ``path`` as the logged-in user of ``client``.

    Returns a dict for bench/results/latest.json, or {"skipped": reason}.
    """
    wrk = find_wrk(out)
    if wrk is None:
        return {"skipped": "wrk is not installed (apt-get install wrk)"}
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    cookie = session_cookie(client)
    process, command = start_gunicorn(port)
    try:
        wait_until_up(base_url, process)
        # Warm-up: each worker renders the page (and fills its cache) at least once.
        for _ in range(4 * WORKERS):
            status = fetch_status(f"{base_url}{path}", cookie)
            if status != 200:
                raise RuntimeError(f"GET {path} through gunicorn gave {status}")
        out.write(
            f"wrk mot {path}: {duration_s} s, {connections} forbindelser, "
            f"{WORKERS} gunicorn-arbeidere …\n"
        )
        stats, wrk_command = run_wrk(
            wrk, f"{base_url}{path}", cookie, duration_s, connections, threads
        )
    finally:
        stop(process)
    seconds = stats["duration_us"] / 1e6
    rps = stats["requests"] / seconds if seconds else 0.0
    return {
        "url": path,
        "server": " ".join(["gunicorn", *command[1:]]),
        "workers": WORKERS,
        "load_generator": wrk_command,
        "duration_s": round(seconds, 1),
        "connections": connections,
        "requests": stats["requests"],
        "rps": round(rps, 1),
        "latency_ms": {
            "p50": round(stats["p50_us"] / 1000, 1),
            "p90": round(stats["p90_us"] / 1000, 1),
            "p99": round(stats["p99_us"] / 1000, 1),
            "max": round(stats["max_us"] / 1000, 1),
        },
        "non_200": stats["non_200"],
        "socket_errors": stats["socket_errors"],
        "target_rps": TARGET_RPS,
        "target_met": rps >= TARGET_RPS
        and stats["non_200"] == 0
        and stats["socket_errors"] == 0,
    }
