#!/usr/bin/env bash
# Packages the extension, installs the .vsix into a throw-away code-server profile, opens the
# sample article and writes screenshots to ${1:-out/screenshots}: colours, hover, Sources view, report,
# then the .txt and .md drafts in dark, light and high-contrast themes.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$(mkdir -p "${1:-$ROOT/out/screenshots}" && cd "${1:-$ROOT/out/screenshots}" && pwd)
TOOLS=$(bash "$ROOT/scripts/vscode/tools.sh" | tail -n 1)
CS="$TOOLS/node_modules/.bin/code-server"; PORT=${PORT:-8092}
D=$(mktemp -d); mkdir -p "$D/ext" "$D/user/User" "$D/ws"
cp "$ROOT/test/fixtures/sample-article.txt" "$ROOT/test/fixtures/bus-talks.md" "$D/ws/"
cat > "$D/user/User/settings.json" <<'J'
{"workbench.startupEditor":"none","security.workspace.trust.enabled":false,"telemetry.telemetryLevel":"off",
 "extensions.autoCheckUpdates":false,"extensions.autoUpdate":false,"update.mode":"none","editor.hover.delay":100,
 "workbench.colorTheme":"Default Dark Modern","editor.fontSize":14,"editor.wordWrap":"on","editor.minimap.enabled":false}
J
(cd "$ROOT" && npm run --silent package >/dev/null && cp stance-lens.vsix "$D/ext.vsix")
export EXTENSIONS_GALLERY='{"serviceUrl":"http://127.0.0.1:9/gallery","itemUrl":"http://127.0.0.1:9/items"}'
"$CS" --user-data-dir "$D/user" --extensions-dir "$D/ext" --install-extension "$D/ext.vsix" >/dev/null
HOME=$D setsid "$CS" --auth none --bind-addr 127.0.0.1:$PORT --user-data-dir "$D/user" --extensions-dir "$D/ext" \
  --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override > "$D/server.log" 2>&1 &
SPID=$!; trap 'kill -- -$SPID 2>/dev/null; kill $SPID 2>/dev/null; rm -rf "$D"' EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.2; done
NODE_PATH="$TOOLS/node_modules" node "$ROOT/scripts/vscode/shot.js" "http://127.0.0.1:$PORT/?folder=$D/ws" "$OUT"
# The light and high-contrast themes: the same drafts, the workbench restarted with the theme set.
for theme in "light:Default Light Modern" "hc:Default High Contrast"; do
  kill -- -$SPID 2>/dev/null || true; sleep 1
  node -e 'const f=process.argv[1], s=require(f); s["workbench.colorTheme"]=process.argv[2]; require("fs").writeFileSync(f, JSON.stringify(s))' "$D/user/User/settings.json" "${theme#*:}"
  HOME=$D setsid "$CS" --auth none --bind-addr 127.0.0.1:$PORT --user-data-dir "$D/user" --extensions-dir "$D/ext" \
    --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override > "$D/server.log" 2>&1 &
  SPID=$!
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.2; done
  THEME_ONLY=${theme%%:*} NODE_PATH="$TOOLS/node_modules" node "$ROOT/scripts/vscode/shot.js" "http://127.0.0.1:$PORT/?folder=$D/ws" "$OUT"
done
