#!/usr/bin/env bash
# Runs test/integration inside a real VS Code (code-server's Node extension host, driven by
# headless Debian Chromium). Installs its tools on first use (scripts/vscode/tools.sh).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
TOOLS=$(bash "$ROOT/scripts/vscode/tools.sh" | tail -n 1)
cd "$ROOT"
node esbuild.mjs
node esbuild.mjs --tests
WS=$(mktemp -d)
cp -r "$ROOT/test/fixtures/." "$WS/"
trap 'rm -rf "$WS"' EXIT
TEST_TIMEOUT_MS=${TEST_TIMEOUT_MS:-900000} CODE_SERVER="$TOOLS/node_modules/.bin/code-server" NODE_PATH="$TOOLS/node_modules" \
  node "$ROOT/scripts/vscode/run-tests.js" "$ROOT" "$ROOT/out/test/integration/index.js" "$WS"
