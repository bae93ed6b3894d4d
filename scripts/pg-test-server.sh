#!/usr/bin/env bash
# A throwaway PostgreSQL server for the feedback tests.
#
#   eval "$(bash scripts/pg-test-server.sh start)"   # prints: export TEST_DATABASE_URL=postgres://...
#   bash scripts/pg-test-server.sh stop               # stops it and deletes its files
#
# Installs PostgreSQL from apt when no server binaries are found, runs the cluster as the
# `postgres` user when called as root, listens on 127.0.0.1 only (PG_TEST_PORT, default 54329,
# or the next free port), and keeps its sockets and data in a temp dir. Only the export line
# goes to stdout; everything else goes to stderr, so the output is safe to eval.
set -euo pipefail

# The state file belongs to this checkout, so two checkouts testing at once never stop each other's server.
PROJECT_DIR="$(cd "$(dirname "$0")/.." && pwd)"
STATE_FILE="${PG_TEST_STATE:-$PROJECT_DIR/.data/pg-test-server.state}"
mkdir -p "$(dirname "$STATE_FILE")"
DB_NAME="${PG_TEST_DB:-feedback_test}"
log() { echo "pg-test-server: $*" >&2; }

find_bin() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [[ -n "$found" && -x "$found/initdb" ]] && echo "$found"
}

ensure_server() {
  local bin
  bin=$(find_bin || true)
  if [[ -z "$bin" ]]; then
    log "no PostgreSQL server found; installing it with apt-get"
    if [[ $(id -u) -ne 0 ]]; then log "need root to install PostgreSQL"; exit 1; fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends postgresql >&2
    bin=$(find_bin || true)
    [[ -n "$bin" ]] || { log "PostgreSQL installed but initdb not found"; exit 1; }
  fi
  echo "$bin"
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Runs a command as the cluster owner (postgres when we are root, ourselves otherwise).
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  if [[ -f "$STATE_FILE" ]]; then
    # shellcheck disable=SC1090
    source "$STATE_FILE"
    if as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" status >/dev/null 2>&1; then
      log "already running on port $PG_PORT"
      echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$PG_PORT/$DB_NAME"
      return
    fi
    rm -rf "$PG_DIR" "$STATE_FILE"
  fi
  local bin dir port
  bin=$(ensure_server)
  if [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
    log "creating the postgres system user"
    useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  fi
  dir=$(mktemp -d "${TMPDIR:-/tmp}/pg-test.XXXXXX")
  [[ $(id -u) -eq 0 ]] && chown postgres "$dir"
  port="${PG_TEST_PORT:-54329}"
  for _ in $(seq 1 50); do port_free "$port" && break; port=$((port + 1)); done
  port_free "$port" || { log "no free port found"; exit 1; }

  log "initdb in $dir (PostgreSQL at $bin)"
  as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  # A throwaway cluster: no fsync, to keep the tests fast.
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >&2 \
    || { cat "$dir/server.log" >&2; exit 1; }
  as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres "$DB_NAME"
  printf 'PG_BIN=%q\nPG_DIR=%q\nPG_PORT=%q\n' "$bin" "$dir" "$port" >"$STATE_FILE"
  log "running on 127.0.0.1:$port, database $DB_NAME"
  echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$port/$DB_NAME"
}

stop() {
  if [[ ! -f "$STATE_FILE" ]]; then log "not running"; return; fi
  # shellcheck disable=SC1090
  source "$STATE_FILE"
  as_owner "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >&2 || true
  rm -rf "$PG_DIR" "$STATE_FILE"
  log "stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: bash scripts/pg-test-server.sh start|stop" >&2; exit 2 ;;
esac
