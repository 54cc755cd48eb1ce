# Shared settings for start.sh and stop.sh (sourced, not run).
#
#   SEARCH_ENGINE_PORT     HTTP port on 127.0.0.1 (default 9200)
#   SEARCH_ENGINE_HEAP     maximum heap (default 512m; the initial heap is 256m)
#   SEARCH_ENGINE_TIMEOUT  seconds start.sh waits for a healthy cluster (default 120)
#   SEARCH_ENGINE_USER     user the engine runs as when started by root (default portalsearch)
#   SEARCH_ENGINE_HOME     data, logs, pid file and runtime jars
#                          (default /var/tmp/portal-search-<user>-<port>)
#   SEARCH_ENGINE_JAVA     java binary (default $JAVA_HOME/bin/java, else java on PATH)

ENGINE_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ENGINE_MAIN=no.inkluderingsportalen.searchengine.EmbeddedNode
ENGINE_HOST=127.0.0.1
ENGINE_PORT="${SEARCH_ENGINE_PORT:-9200}"
ENGINE_HEAP="${SEARCH_ENGINE_HEAP:-512m}"
ENGINE_TIMEOUT="${SEARCH_ENGINE_TIMEOUT:-120}"

if [ "$(id -u)" -eq 0 ]; then
    # OpenSearch, like Elasticsearch, is not meant to run as root.
    ENGINE_USER="${SEARCH_ENGINE_USER:-portalsearch}"
else
    ENGINE_USER="$(id -un)"
fi
ENGINE_HOME="${SEARCH_ENGINE_HOME:-/var/tmp/portal-search-${ENGINE_USER}-${ENGINE_PORT}}"
ENGINE_PIDFILE="$ENGINE_HOME/engine.pid"
ENGINE_LOG="$ENGINE_HOME/logs/engine.log"
ENGINE_URL="http://${ENGINE_HOST}:${ENGINE_PORT}"

# Prints the cluster health status (green/yellow/red) or nothing if the port does not answer.
engine_health() {
    local body
    if command -v curl >/dev/null 2>&1; then
        body="$(curl -fsS --max-time 3 "$ENGINE_URL/_cluster/health" 2>/dev/null)" || return 0
    else
        body="$(python3 -c 'import sys, urllib.request
try:
    print(urllib.request.urlopen(sys.argv[1], timeout=3).read().decode())
except Exception:
    pass' "$ENGINE_URL/_cluster/health" 2>/dev/null)" || return 0
    fi
    printf '%s' "$body" | sed -n 's/.*"status" *: *"\([a-z]*\)".*/\1/p'
}

engine_healthy() {
    case "$(engine_health)" in
        green|yellow) return 0 ;;
        *) return 1 ;;
    esac
}

# True if the pid is alive and is our engine (guards against a stale pid file).
engine_pid_alive() {
    local pid="$1"
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
    [ -r "/proc/$pid/cmdline" ] || return 0
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q "$ENGINE_MAIN"
}

engine_pid() {
    [ -f "$ENGINE_PIDFILE" ] && tr -dc '0-9' <"$ENGINE_PIDFILE" || true
}
