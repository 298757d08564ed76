#!/usr/bin/env bash
# Builds the Cockpit plugin (src/) into one ES module plus its stylesheet, with Chart.js bundled
# (no CDN: the network's machines have no internet). The Maven build runs it in process-resources
# with the output folder Cockpit reads the plugin from:
#   target/classes/plugin-webapp/theme-portfolio/app/{plugin.js,plugin.css}
# Installs the pinned packages (package-lock.json) on first use; after that it runs offline.
# By hand: bash cockpit-plugin/build.sh [output folder, default cockpit-plugin/dist]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here/dist}
cd "$here"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "The Cockpit plugin needs Node.js and npm to build (Debian: apt-get install nodejs npm)." >&2
  exit 1
fi
if [ ! -x node_modules/.bin/esbuild ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "cockpit-plugin: installing the pinned packages into cockpit-plugin/node_modules (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi
mkdir -p "$out"
PLUGIN_OUT="$out" npm run --silent build
echo "cockpit-plugin: built into $out"
