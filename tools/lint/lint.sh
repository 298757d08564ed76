#!/usr/bin/env bash
# Lints every BPMN of processes/ with bpmnlint: its recommended rules plus Camunda 7.24
# compatibility (bpmnlint-plugin-camunda-compat), as configured in the repository's .bpmnlintrc;
# warnings fail too. Installs the pinned linter (package-lock.json) on first use; after that it
# runs offline. The Maven build runs it in process-resources; by hand: bash tools/lint/lint.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "The model lint needs Node.js and npm (Debian: apt-get install nodejs npm)." >&2
  echo "Install them, or skip the lint once with: ./mvnw ... -Dlint.skip" >&2
  exit 1
fi
if [ ! -d node_modules/bpmnlint-plugin-camunda-compat ]; then
  echo "bpmnlint: installing the pinned linter into tools/lint/node_modules (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi
shopt -s nullglob
models=(../../processes/*.bpmn)
if [ ${#models[@]} -eq 0 ]; then
  echo "bpmnlint: no BPMN in processes/" >&2
  exit 1
fi
echo "bpmnlint: ${#models[@]} model(s) in processes/"
node node_modules/bpmnlint/bin/bpmnlint.js --config ../../.bpmnlintrc --max-warnings=0 "${models[@]}"
echo "bpmnlint: no problems"
