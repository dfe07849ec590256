#!/usr/bin/env bash
# The web build (vscode.dev / github.dev) in a real VS Code: packages a .vsix whose manifest has only
# the `browser` entry, installs it into code-server (which runs it in its web worker extension host)
# and drives the workbench with headless Chromium (test/web/web.test.mjs). Screenshots go to
# ${SCREENSHOTS:-out/screenshots}.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TOOLS=$(bash "$ROOT/scripts/vscode/tools.sh" | tail -n 1)
cd "$ROOT"
# The .vsix users install: both bundles in one package (checked by the suite: under 1 MB).
npm run --silent package >/dev/null
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
# A web-only copy of the extension: the browser bundle, the manifest without `main`, and what it shows.
mkdir -p "$STAGE/dist"
cp -r dist/web "$STAGE/dist/web"
cp -r media syntaxes schemas README.md .vscodeignore "$STAGE/"
node -e '
  const m = require(process.argv[1]);
  delete m.main; delete m.bin; delete m.scripts; delete m.dependencies; delete m.devDependencies;
  require("fs").writeFileSync(process.argv[2], JSON.stringify(m, null, 2));
' "$ROOT/package.json" "$STAGE/package.json"
(cd "$STAGE" && "$ROOT/node_modules/.bin/vsce" package --no-dependencies --allow-missing-repository --skip-license -o "$STAGE/web.vsix" >/dev/null)
WS=$(mktemp -d)
cp -r "$ROOT/test/fixtures/." "$WS/"
trap 'rm -rf "$STAGE" "$WS"' EXIT
FULL_VSIX="$ROOT/stance-lens.vsix" VSIX="$STAGE/web.vsix" WORKSPACE="$WS" TOOLS="$TOOLS" SCREENSHOTS="${SCREENSHOTS:-$ROOT/out/screenshots}" \
  npx mocha --no-config --reporter spec --timeout 120000 test/web/web.test.mjs
