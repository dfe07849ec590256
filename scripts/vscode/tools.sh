#!/usr/bin/env bash
# Installs what a real, offline VS Code run needs, once per machine, outside the repository:
# Debian's chromium and ripgrep (+ Kerberos headers for a native module), then code-server 4.100.3
# (= VS Code 1.100.3, the last line that runs on Node 20) and playwright-core into $TOOLS.
# Prints the tools folder on its last line.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
CODE_SERVER_VERSION=4.100.3
TOOLS=${STANCE_LENS_TOOLS:-$HOME/.cache/stance-lens-tools}

need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v rg >/dev/null || need_apt+=(ripgrep)
[ -e /usr/include/krb5.h ] || [ -e /usr/include/gssapi/gssapi.h ] || need_apt+=(libkrb5-dev)
command -v make >/dev/null || need_apt+=(make)
command -v g++ >/dev/null || need_apt+=(g++)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "apt-get install ${need_apt[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >&2
fi

installed=$(node -p "try{require('$TOOLS/node_modules/code-server/package.json').version}catch(e){''}" 2>/dev/null || true)
if [ "$installed" != "$CODE_SERVER_VERSION" ] || [ ! -d "$TOOLS/node_modules/playwright-core" ]; then
  echo "installing code-server@$CODE_SERVER_VERSION and playwright-core into $TOOLS" >&2
  sh "$HERE/seed-ripgrep.sh" >&2
  mkdir -p "$TOOLS"
  [ -f "$TOOLS/package.json" ] || echo '{"private":true}' > "$TOOLS/package.json"
  # npm_config_yes: node-pty's postinstall runs `npx node-gyp`; --unsafe-perm: code-server's postinstall as root.
  (cd "$TOOLS" && npm_config_yes=true npm install --unsafe-perm --no-audit --no-fund "code-server@$CODE_SERVER_VERSION" playwright-core@1 >&2)
fi
test -x "$TOOLS/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg"
echo "$TOOLS"
