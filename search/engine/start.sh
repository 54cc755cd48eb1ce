#!/usr/bin/env bash
# Start the search engine for tests and development: a single-node OpenSearch assembled
# from Maven Central (see pom.xml and docs/search.md), on 127.0.0.1:$SEARCH_ENGINE_PORT.
#
# Idempotent: if the port already answers with a healthy cluster, it exits 0 at once.
# Run as root, it creates the system user "portalsearch" and runs the engine as that user;
# run as anybody else, it runs the engine as that user. Installs nothing with apt.
# Settings: see env.sh; SEARCH_ENGINE_FRESH=1 also deletes all indexes before starting.
set -euo pipefail

# shellcheck source=env.sh
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"

say() { printf 'search-engine: %s\n' "$*"; }
die() { printf 'search-engine: %s\n' "$*" >&2; exit 1; }

if engine_healthy; then
    say "already running and healthy at $ENGINE_URL"
    exit 0
fi

# --- Java ---------------------------------------------------------------------------
JAVA="${SEARCH_ENGINE_JAVA:-}"
if [ -z "$JAVA" ]; then
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
        JAVA="$JAVA_HOME/bin/java"
    else
        JAVA="$(command -v java || true)"
    fi
fi
[ -n "$JAVA" ] && [ -x "$JAVA" ] || die "no java found (set SEARCH_ENGINE_JAVA or JAVA_HOME; OpenSearch 2.19 needs Java 11-21)"
java_major="$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p')"
if [ -z "$java_major" ] || [ "$java_major" -lt 11 ]; then
    die "$JAVA is Java ${java_major:-?}; OpenSearch 2.19 needs Java 11-21"
fi
if [ "$java_major" -gt 21 ]; then
    say "warning: $JAVA is Java $java_major; OpenSearch 2.19 is supported on Java 11-21"
fi

# --- Build (Maven Central only) ---------------------------------------------------------
command -v mvn >/dev/null 2>&1 || die "mvn not found (Debian: apt-get install maven)"
jar="$ENGINE_DIR/target/engine.jar"
if [ ! -f "$jar" ] || [ ! -d "$ENGINE_DIR/target/lib" ] \
    || [ -n "$(find "$ENGINE_DIR/pom.xml" "$ENGINE_DIR/src" -newer "$jar" -print -quit)" ]; then
    say "building the engine with Maven (the first build downloads ~50 MB from Maven Central)"
    build_start=$SECONDS
    rm -rf "$ENGINE_DIR/target/lib"
    # -f: run from any directory; the pom copies the runtime classpath to target/lib.
    # (Debian's Maven 3.8 prints stray colour resets even with -B; sed strips them.)
    mvn -q -B -Dstyle.color=never -f "$ENGINE_DIR/pom.xml" package 2>&1 \
        | sed 's/\x1b\[[0-9;]*m//g' || die "the Maven build failed"
    say "built in $((SECONDS - build_start)) s"
fi

# --- Unprivileged user ---------------------------------------------------------------
run_as=()
if [ "$(id -u)" -eq 0 ]; then
    if ! id -u "$ENGINE_USER" >/dev/null 2>&1; then
        say "creating system user $ENGINE_USER"
        useradd --system --user-group --no-create-home --home-dir /nonexistent \
            --shell /usr/sbin/nologin "$ENGINE_USER" \
            || die "could not create user $ENGINE_USER"
    fi
    command -v setpriv >/dev/null 2>&1 || die "setpriv (util-linux) not found"
    run_as=(setpriv "--reuid=$ENGINE_USER" "--regid=$ENGINE_USER" --init-groups)
fi

# --- Runtime directory ---------------------------------------------------------------
# The jars are copied out of the work tree so that the engine user needs no access to it
# (a checkout under /root is not readable by other users).
mkdir -p "$ENGINE_HOME/data" "$ENGINE_HOME/logs" "$ENGINE_HOME/tmp" "$ENGINE_HOME/config"

# A node that is still starting (e.g. a second `make search-engine` in parallel): wait for it.
pid="$(engine_pid)"
if engine_pid_alive "$pid"; then
    say "engine (pid $pid) is already starting; waiting for it"
else
    rm -f "$ENGINE_PIDFILE"
    if [ "${SEARCH_ENGINE_FRESH:-0}" = 1 ]; then
        say "SEARCH_ENGINE_FRESH=1: deleting all indexes in $ENGINE_HOME/data"
        rm -rf "$ENGINE_HOME/data"
        mkdir -p "$ENGINE_HOME/data"
    fi
    rm -rf "$ENGINE_HOME/lib"
    mkdir -p "$ENGINE_HOME/lib"
    cp "$jar" "$ENGINE_DIR"/target/lib/*.jar "$ENGINE_HOME/lib/"
    if [ -f "$ENGINE_LOG" ]; then mv -f "$ENGINE_LOG" "$ENGINE_LOG.1"; fi
    : >"$ENGINE_LOG"
    if [ "$(id -u)" -eq 0 ]; then
        chown -R "$ENGINE_USER:" "$ENGINE_HOME"
        chmod 0750 "$ENGINE_HOME"
    fi

    jvm_opts=(
        "-Xms256m" "-Xmx$ENGINE_HEAP"
        "-XX:+UseG1GC" "-XX:+ExitOnOutOfMemoryError" "-XX:-OmitStackTraceInFastThrow"
        "-Djava.io.tmpdir=$ENGINE_HOME/tmp" "-Dfile.encoding=UTF-8" "-Djava.awt.headless=true"
        "-Dlog4j.shutdownHookEnabled=false" "-Dlog4j2.disable.jmx=true"
        "-Dio.netty.noKeySetOptimization=true"
        "-Dio.netty.recycler.maxCapacityPerThread=0"
        "-Dportal.search.home=$ENGINE_HOME"
        "-Dportal.search.host=$ENGINE_HOST"
        "-Dportal.search.port=$ENGINE_PORT"
        "-Dportal.search.pidfile=$ENGINE_PIDFILE"
    )
    say "starting OpenSearch on $ENGINE_URL as user $ENGINE_USER (heap $ENGINE_HEAP, home $ENGINE_HOME)"
    (
        cd "$ENGINE_HOME"
        export HOME="$ENGINE_HOME"
        # nohup + setsid: the engine outlives this shell and make's process group.
        exec nohup setsid "${run_as[@]}" "$JAVA" "${jvm_opts[@]}" \
            -cp "$ENGINE_HOME/lib/*" "$ENGINE_MAIN" >>"$ENGINE_LOG" 2>&1 </dev/null
    ) &
    pid=$!
    # The JVM rewrites this with its own pid once the node has started.
    echo "$pid" >"$ENGINE_PIDFILE"
    if [ "$(id -u)" -eq 0 ]; then chown "$ENGINE_USER:" "$ENGINE_PIDFILE"; fi
fi

# --- Wait until healthy --------------------------------------------------------------
start=$SECONDS
printf 'search-engine: waiting for %s/_cluster/health ' "$ENGINE_URL"
while :; do
    if engine_healthy; then
        printf ' %s after %d s\n' "$(engine_health)" "$((SECONDS - start))"
        say "running (pid $(engine_pid), log $ENGINE_LOG)"
        exit 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
        printf ' exited\n'
        echo "--- last lines of $ENGINE_LOG ---" >&2
        tail -n 40 "$ENGINE_LOG" >&2 || true
        rm -f "$ENGINE_PIDFILE"
        reason="$(grep -m1 'the node failed to start' "$ENGINE_LOG" || true)"
        die "the engine exited before it became healthy${reason:+: ${reason#the node failed to start: }}"
    fi
    if [ $((SECONDS - start)) -ge "$ENGINE_TIMEOUT" ]; then
        printf ' timeout\n'
        echo "--- last lines of $ENGINE_LOG ---" >&2
        tail -n 40 "$ENGINE_LOG" >&2 || true
        die "not healthy after $ENGINE_TIMEOUT s (still running as pid $pid; stop it with search/engine/stop.sh)"
    fi
    elapsed=$((SECONDS - start))
    if [ "$elapsed" -gt 0 ] && [ $((elapsed % 10)) -eq 0 ]; then printf '%ds' "$elapsed"; else printf '.'; fi
    sleep 1
done
