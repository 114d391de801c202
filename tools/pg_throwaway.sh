#!/usr/bin/env bash
# tools/pg_throwaway.sh COMMAND [ARGS…]: runs COMMAND with KPU_RAKOR_TEST_PG naming a PostgreSQL test database.
#
# A KPU_RAKOR_TEST_PG given by the caller is used as it is. Otherwise a throwaway cluster is made for this one
# run: initdb (Debian's newest /usr/lib/postgresql/<version>/bin) into a temporary folder, started with pg_ctl
# on 127.0.0.1 only and a free port (the socket inside that folder too), a password login and an empty
# database. It is stopped and deleted afterwards, also when COMMAND fails or on Ctrl+C; no server or cluster
# already on the machine is touched. initdb and postgres refuse to run as root, so as root they run as the
# `postgres` user (made by Debian's postgresql package). COMMAND's exit status is this script's.
set -euo pipefail

if [ $# -eq 0 ]; then
  echo "pemakaian: $0 PERINTAH [ARGUMEN…]" >&2
  exit 2
fi
if [ -n "${KPU_RAKOR_TEST_PG:-}" ]; then
  exec "$@"
fi

PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ] || [ ! -x "$PGBIN/pg_ctl" ]; then
  echo "initdb/pg_ctl PostgreSQL tidak ditemukan di /usr/lib/postgresql/*/bin." >&2
  echo "Pasang paket Debian 'postgresql' (tools/system_packages.sh test), atau isi KPU_RAKOR_TEST_PG." >&2
  exit 1
fi

AS=()
if [ "$(id -u)" -eq 0 ]; then
  if ! id postgres >/dev/null 2>&1; then
    echo "Pengguna 'postgres' tidak ada: initdb tidak mau berjalan sebagai root. Pasang paket 'postgresql'." >&2
    exit 1
  fi
  DIR=$(mktemp -d /tmp/kpu-rakor-pg.XXXXXX)  # /tmp, not root's TMPDIR: the postgres user must reach it
  chown postgres: "$DIR"
  AS=(runuser -u postgres --)
else
  DIR=$(mktemp -d "${TMPDIR:-/tmp}/kpu-rakor-pg.XXXXXX")
fi

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [ -f "$DIR/data/postmaster.pid" ]; then
    "${AS[@]}" "$PGBIN/pg_ctl" stop -D "$DIR/data" -m immediate -s -w >/dev/null 2>&1 || true
  fi
  rm -rf "$DIR"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

USER_NAME=kpu_rakor_test
PW=$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
( umask 077; printf '%s\n' "$PW" >"$DIR/pwfile" )
[ ${#AS[@]} -eq 0 ] || chown postgres: "$DIR/pwfile"

if ! "${AS[@]}" "$PGBIN/initdb" -D "$DIR/data" -U "$USER_NAME" --pwfile="$DIR/pwfile" -A scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 --no-sync >"$DIR/initdb.log" 2>&1; then
  cat "$DIR/initdb.log" >&2
  echo "initdb gagal." >&2
  exit 1
fi
rm -f "$DIR/pwfile"

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Another program may take the free port between choosing and binding it: then try another one.
started=""
for _ in 1 2 3 4 5; do
  PORT=$(free_port)
  # fsync off and friends: the data is thrown away anyway, and the suite runs noticeably faster.
  if "${AS[@]}" "$PGBIN/pg_ctl" start -D "$DIR/data" -l "$DIR/server.log" -w -t 60 -s \
      -o "-p $PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories='$DIR' -c fsync=off \
-c synchronous_commit=off -c full_page_writes=off" >/dev/null 2>&1; then
    started=1
    break
  fi
  grep -qi "could not bind\|address already in use" "$DIR/server.log" 2>/dev/null || break
done
if [ -z "$started" ]; then
  cat "$DIR/server.log" >&2 || true
  echo "PostgreSQL sementara tidak dapat dinyalakan." >&2
  exit 1
fi

"${AS[@]}" env PGPASSWORD="$PW" "$PGBIN/createdb" -h 127.0.0.1 -p "$PORT" -U "$USER_NAME" kpu_rakor_test

export KPU_RAKOR_TEST_PG="postgresql://$USER_NAME:$PW@127.0.0.1:$PORT/kpu_rakor_test"
echo "PostgreSQL sementara untuk uji: 127.0.0.1:$PORT ($PGBIN, data di $DIR; dihapus setelah selesai)"

set +e
"$@"
status=$?
set -e
exit "$status"
