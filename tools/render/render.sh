#!/usr/bin/env bash
# Renders every BPMN of processes/ to docs/images/<name>.png with bpmn-js in headless Chromium
# (Debian's chromium). Usage: bash tools/render/render.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
[ -d "$here/node_modules/bpmn-js" ] || (cd "$here" && npm install --no-audit --no-fund --silent)
mkdir -p "$root/docs/images"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for bpmn in "$root"/processes/*.bpmn; do
  name=$(basename "$bpmn" .bpmn)
  python3 - "$bpmn" "$here/node_modules/bpmn-js/dist" > "$work/$name.html" <<'PY'
import json, sys
xml = open(sys.argv[1], encoding="utf-8").read()
dist = sys.argv[2]
print(f"""<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="file://{dist}/assets/bpmn-js.css">
<style>html,body,#canvas{{margin:0;width:100%;height:100%;background:#fff}} .bjs-powered-by{{display:none}}</style>
<script src="file://{dist}/bpmn-viewer.production.min.js"></script></head>
<body><div id="canvas"></div><script>
const viewer = new BpmnJS({{container: '#canvas'}});
viewer.importXML({json.dumps(xml)}).then(() => viewer.get('canvas').zoom('fit-viewport'));
</script></body></html>""")
PY
  chromium --headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --disable-sync --no-first-run --user-data-dir="$work/profile" --allow-file-access-from-files \
    --hide-scrollbars --window-size=1900,1150 --virtual-time-budget=4000 \
    --screenshot="$root/docs/images/$name.png" "file://$work/$name.html" >/dev/null 2>&1
  echo "rendered docs/images/$name.png"
done
