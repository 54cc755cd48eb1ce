#!/usr/bin/env bash
# Install (from Debian's packages) and start PostgreSQL, and create the portal's
# role and database. Idempotent; prints the DATABASE_URL to use on the last line.
set -euo pipefail

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    echo "Installerer PostgreSQL fra Debian …" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
fi

version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk '{print $1, $2}' | grep -q "^$version main$"; then
    pg_createcluster "$version" main >&2
fi
if ! pg_lsclusters -h | awk '$1 == "'"$version"'" && $2 == "main" {print $4}' | grep -q online; then
    pg_ctlcluster "$version" main start >&2
fi

for _ in $(seq 1 30); do
    if su postgres -c "psql -qAtc 'SELECT 1'" >/dev/null 2>&1; then break; fi
    sleep 1
done

su postgres -c "psql -qAtc \"SELECT 1 FROM pg_roles WHERE rolname = 'portal'\"" | grep -q 1 \
    || su postgres -c "psql -qc \"CREATE ROLE portal LOGIN PASSWORD 'portal' CREATEDB\"" >&2
su postgres -c "psql -qAtc \"SELECT 1 FROM pg_database WHERE datname = 'portal'\"" | grep -q 1 \
    || su postgres -c "createdb -O portal portal" >&2

port=$(pg_lsclusters -h | awk '$1 == "'"$version"'" && $2 == "main" {print $3}')
echo "postgres://portal:portal@127.0.0.1:${port}/portal"
