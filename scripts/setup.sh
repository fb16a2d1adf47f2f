#!/usr/bin/env bash
# Installs what building and testing Verbatim needs, skipping what is there:
# the wasm32 target and the standard library's source (the release build
# rebuilds std for size), trunk 0.21.14, wasm-bindgen-cli equal to the pinned crate,
# Debian's chromium + chromium-driver (for browser tests), and the npm packages
# of tests/e2e (playwright-core, and binaryen whose wasm-opt the release build uses).
#   scripts/setup.sh            everything
#   scripts/setup.sh --no-browser   skip Chromium (enough to serve the app)
set -euo pipefail
cd "$(dirname "$0")/.."

want_browser=1
[ "${1:-}" = "--no-browser" ] && want_browser=0

TRUNK_VERSION=0.21.14
# Keep in step with the `wasm-bindgen = "=…"` pin in Cargo.toml.
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"/\1/p' Cargo.toml)

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! rustup component list --installed 2>/dev/null | grep -qx rust-src; then
  say "adding the rust-src component (the release build rebuilds std)"
  rustup component add rust-src || say "rust-src unavailable: the release build will be larger"
fi

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 7 minutes, once)"
  cargo install --locked "trunk@$TRUNK_VERSION"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes, once)"
  cargo install --force "wasm-bindgen-cli@$WASM_BINDGEN_VERSION"
fi

need_apt=()
command -v node >/dev/null || need_apt+=(nodejs npm)
if [ "$want_browser" = 1 ]; then
  [ -x /usr/bin/chromium ] || need_apt+=(chromium)
  [ -x /usr/bin/chromedriver ] || need_apt+=(chromium-driver)
fi
if [ "${#need_apt[@]}" -gt 0 ]; then
  say "installing Debian packages: ${need_apt[*]}"
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if [ ! -x tests/e2e/node_modules/.bin/wasm-opt ] || [ ! -d tests/e2e/node_modules/playwright-core ] \
   || [ ! -d tests/e2e/node_modules/terser ] \
   || [ tests/e2e/package.json -nt tests/e2e/node_modules/.package-lock.json ]; then
  say "installing npm packages of tests/e2e"
  (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error)
fi
say "ready"
