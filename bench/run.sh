#!/usr/bin/env bash
# The benchmark of docs/performance.md, in one command:
#
#   bash bench/run.sh                 # embedded H2 (a fresh file database under target/bench/)
#   bash bench/run.sh --postgres      # PostgreSQL: SPRING_DATASOURCE_URL/_USERNAME/_PASSWORD if set,
#                                     # otherwise a throwaway server on a free loopback port
#   bash bench/run.sh --docs          # also copy the latency chart to docs/
#   bash bench/run.sh -Dbench.themes=30 -Dbench.queryLarge=5000   # other sizes (see BenchSettings)
#
# It packages the application (tests skipped), runs jp.dsnet.themes.bench.ThemeBenchmark, prints a
# table and writes target/bench/results.json. Use an empty throwaway database for PostgreSQL: the
# benchmark adds thousands of themes to it.
set -euo pipefail
cd "$(dirname "$0")/.."

database=h2
docs=false
settings=()
for arg in "$@"; do
  case "$arg" in
    --postgres|--postgresql) database=postgresql ;;
    --docs) docs=true ;;
    -Dbench.*) settings+=("$arg") ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "Unknown argument: $arg (see --help)" >&2; exit 2 ;;
  esac
done

pg_dir=""
stop_postgres() {
  if [[ -n "$pg_dir" && -f "$pg_dir/data/postmaster.pid" ]]; then
    as_pg pg_ctl -D "$pg_dir/data" -m fast -w stop >/dev/null || true
  fi
  [[ -n "$pg_dir" ]] && rm -rf "$pg_dir"
}
as_pg() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- env PATH="$PATH" "$@"; else "$@"; fi
}

if [[ "$database" == postgresql && -z "${SPRING_DATASOURCE_URL:-}" ]]; then
  for dir in /usr/lib/postgresql/*/bin; do [[ -x "$dir/initdb" ]] && PATH="$PATH:$dir"; done
  command -v initdb >/dev/null || { echo "No PostgreSQL: set SPRING_DATASOURCE_URL or install postgresql" >&2; exit 1; }
  pg_dir=$(mktemp -d /tmp/dsn-bench-pg.XXXXXX)
  trap stop_postgres EXIT
  [[ $(id -u) -eq 0 ]] && chown postgres "$pg_dir"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  as_pg initdb -D "$pg_dir/data" -U postgres -A trust -E UTF8 --no-sync >/dev/null
  as_pg pg_ctl -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
    -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1" start >/dev/null
  as_pg psql -q -h 127.0.0.1 -p "$port" -U postgres -c "CREATE DATABASE themes" >/dev/null
  export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$port/themes"
  export SPRING_DATASOURCE_USERNAME=postgres
  export SPRING_DATASOURCE_PASSWORD=""
  echo "Throwaway PostgreSQL $(as_pg postgres --version | awk '{print $3}') on 127.0.0.1:$port"
fi

./mvnw -B -q -Pbench verify -Dbench.database="$database" -Dbench.args="${settings[*]:-}"

if $docs; then
  cp "target/bench/rest-latency-$database.png" "docs/performance-rest-latency-$database.png"
  echo "Copied the chart to docs/performance-rest-latency-$database.png"
fi
