#!/usr/bin/env bash
# Stop the search engine started by start.sh (same SEARCH_ENGINE_PORT / SEARCH_ENGINE_HOME).
# Idempotent: exits 0 if it is not running.
set -euo pipefail

# shellcheck source=env.sh
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"

say() { printf 'search-engine: %s\n' "$*"; }

pid="$(engine_pid)"
if ! engine_pid_alive "$pid"; then
    rm -f "$ENGINE_PIDFILE" 2>/dev/null || true
    if [ -n "$(engine_health)" ]; then
        say "not started by start.sh with home $ENGINE_HOME, but something answers at $ENGINE_URL; left alone"
    else
        say "not running"
    fi
    exit 0
fi

say "stopping pid $pid"
kill -TERM "$pid"
# The JVM's shutdown hook closes the node (flushes shards, releases the data dir lock).
for _ in $(seq 1 30); do
    if ! kill -0 "$pid" 2>/dev/null; then
        rm -f "$ENGINE_PIDFILE" 2>/dev/null || true
        say "stopped"
        exit 0
    fi
    sleep 1
done
say "still running after 30 s; killing it"
kill -KILL "$pid" 2>/dev/null || true
sleep 1
rm -f "$ENGINE_PIDFILE" 2>/dev/null || true
say "killed"
