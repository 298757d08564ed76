#!/usr/bin/env bash
# Moves every running instance of one process to its latest deployed version
# (docs/process-owners.md). Dry run by default: prints what it would do and changes nothing.
#
#   bash tools/migrate/migrate.sh theme-intake              # plan and validate
#   bash tools/migrate/migrate.sh --execute theme-intake    # plan, validate, migrate
#
# THEMES_URL (default http://localhost:8080), THEMES_USER (default owner) and THEMES_PASSWORD
# (asked for when unset) say where and as whom. Needs curl only.
set -euo pipefail

execute=false
if [ "${1:-}" = "--execute" ]; then
  execute=true
  shift
fi
if [ $# -ne 1 ]; then
  echo "usage: $0 [--execute] <processKey>" >&2
  exit 2
fi
key=$1
url=${THEMES_URL:-http://localhost:8080}
user=${THEMES_USER:-owner}
if [ -z "${THEMES_PASSWORD:-}" ]; then
  read -r -s -p "Password of $user: " THEMES_PASSWORD
  echo >&2
fi

call() {
  curl --silent --show-error --fail-with-body -u "$user:$THEMES_PASSWORD" -H 'Accept: text/plain' -X "$1" \
    "$url/engine-rest/theme-migration/$key"
}

call GET
if [ "$execute" = true ]; then
  echo
  echo "Executing ..."
  call POST
fi
