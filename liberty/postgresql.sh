#!/usr/bin/env bash
# A throw-away PostgreSQL for the system tests on PostgreSQL (Debian's postgresql package).
#   postgresql.sh start|stop    env: PG_BASE (data folder), PG_PORT (default 25432)
# Runs the server as the postgres user, so it needs root or that user.
set -euo pipefail
PG_BASE=${PG_BASE:?PG_BASE must name a folder}
PG_PORT=${PG_PORT:-25432}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }
as_postgres() { if [ "$(id -un)" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi; }

case "${1:-}" in
  start)
    mkdir -p "$PG_BASE"
    chown postgres "$PG_BASE" 2>/dev/null || true
    if [ ! -f "$PG_BASE/data/PG_VERSION" ]; then
      as_postgres "$bin/initdb" -D "$PG_BASE/data" -U postgres -A trust --encoding=UTF8 --locale=C.UTF-8 >"$PG_BASE/initdb.log"
    fi
    as_postgres "$bin/pg_ctl" -D "$PG_BASE/data" -l "$PG_BASE/postgresql.log" -w \
      -o "-p $PG_PORT -k $PG_BASE -c listen_addresses=127.0.0.1" start
    as_postgres psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc "select 1 from pg_roles where rolname='portal'" | grep -q 1 \
      || as_postgres psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "create role portal login password 'portal'"
    as_postgres psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc "select 1 from pg_database where datname='portal'" | grep -q 1 \
      || as_postgres psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -c "create database portal owner portal"
    echo "PostgreSQL ready on 127.0.0.1:$PG_PORT"
    ;;
  stop)
    if [ -f "$PG_BASE/data/postmaster.pid" ]; then
      as_postgres "$bin/pg_ctl" -D "$PG_BASE/data" -m fast -w stop || true
    fi
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
