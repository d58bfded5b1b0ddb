#!/usr/bin/env bash
# A throwaway PostgreSQL 15 + PostGIS 3 cluster for the tests of the shared store (README: "A shared store for
# an office"). It lives in a temporary folder, listens on 127.0.0.1 only, on a free port, and runs as an
# unprivileged user (initdb refuses root): as the `postgres` user when started by root, else as the caller.
#
#   source .ci/postgres.sh          start, export LINKATLAS_TEST_PG, stop when the sourcing shell exits (.ci/run)
#   .ci/postgres.sh start DIR       start a cluster in DIR (empty or missing); print its URL; leave it running
#   .ci/postgres.sh stop DIR        stop the cluster in DIR and delete DIR
#
# The URL is postgresql://127.0.0.1:PORT/postgres?user=postgres. The superuser `postgres` is trusted from the
# loopback address (tests create databases and roles with it); every other user needs a password
# (scram-sha-256), so the tests meet password authentication and ~/.pgpass for real.
# When PostgreSQL, PostGIS or GDAL's ogrinfo are missing and we are root, Debian's packages are installed.

linkatlas_pg_bin() {
  local d
  for d in /usr/lib/postgresql/15/bin /usr/lib/postgresql/1[6-9]/bin; do
    [ -x "$d/initdb" ] && { echo "$d"; return 0; }
  done
  return 1
}

linkatlas_pg_install() {
  local need=()
  linkatlas_pg_bin >/dev/null || need+=(postgresql-15)
  [ -n "$(ls /usr/share/postgresql/*/extension/postgis.control 2>/dev/null)" ] || need+=(postgresql-15-postgis-3)
  command -v ogrinfo >/dev/null 2>&1 || need+=(gdal-bin)
  [ ${#need[@]} -eq 0 ] && return 0
  if [ "$(id -u)" != 0 ]; then
    echo "postgres.sh: missing ${need[*]}; install them (apt-get install ${need[*]})" >&2
    return 1
  fi
  echo "postgres.sh: installing ${need[*]} from Debian" >&2
  apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need[@]}" >&2
}

# Runs a PostgreSQL program as the cluster's owner.
linkatlas_pg_as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

linkatlas_pg_start() {
  local dir="$1" bin port tries=0
  linkatlas_pg_install || return 1
  bin="$(linkatlas_pg_bin)" || { echo "postgres.sh: no initdb found" >&2; return 1; }
  mkdir -p "$dir" || return 1
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  chmod 700 "$dir"
  linkatlas_pg_as_owner "$bin/initdb" -D "$dir/data" -U postgres -A scram-sha-256 --no-instructions \
      --auth-local=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; return 1; }
  # pg_hba is read top down: the superuser is trusted on the loopback address, everyone else gives a password
  linkatlas_pg_as_owner sh -c "printf '%s\n' 'local all all trust' \
      'host all postgres 127.0.0.1/32 trust' 'host all all 127.0.0.1/32 scram-sha-256' > '$dir/data/pg_hba.conf'"
  while :; do
    port=$(( 20000 + RANDOM % 40000 ))
    tries=$((tries + 1))
    # a port something already answers on is taken; pg_ctl below fails too if we lose a race, and we retry
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      if linkatlas_pg_as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
          -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" start >/dev/null; then
        break
      fi
    fi
    if [ "$tries" -ge 10 ]; then
      echo "postgres.sh: the server did not start:" >&2
      cat "$dir/server.log" >&2
      return 1
    fi
  done
  echo "$port" > "$dir/port"
  echo "postgresql://127.0.0.1:$port/postgres?user=postgres"
}

linkatlas_pg_stop() {
  local dir="$1" bin
  bin="$(linkatlas_pg_bin)" || return 0
  if [ -f "$dir/data/postmaster.pid" ]; then
    linkatlas_pg_as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

if [ "${BASH_SOURCE[0]}" != "$0" ]; then
  # sourced (by .ci/run): start, export, stop on exit
  LINKATLAS_PG_DIR="$(mktemp -d /tmp/link-atlas-pg.XXXXXX)"
  LINKATLAS_TEST_PG="$(linkatlas_pg_start "$LINKATLAS_PG_DIR")" || { linkatlas_pg_stop "$LINKATLAS_PG_DIR"; return 1; }
  export LINKATLAS_TEST_PG
  trap 'linkatlas_pg_stop "$LINKATLAS_PG_DIR"' EXIT
  echo "postgres.sh: test server at $LINKATLAS_TEST_PG (stopped on exit)" >&2
else
  set -uo pipefail
  case "${1:-}" in
    start) [ $# -eq 2 ] || { echo "usage: $0 start DIR" >&2; exit 2; }; linkatlas_pg_start "$2" ;;
    stop)  [ $# -eq 2 ] || { echo "usage: $0 stop DIR" >&2; exit 2; }; linkatlas_pg_stop "$2" ;;
    *) echo "usage: source $0 | $0 start DIR | $0 stop DIR" >&2; exit 2 ;;
  esac
fi
