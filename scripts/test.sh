#!/usr/bin/env bash
# Runs every test: formatting and lints, the native suites (parser accuracy on
# tests/corpus, shapes, robustness), the release build, and the browser
# tests in headless Chromium. Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format and lints"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --quiet -- -D warnings
cargo clippy -p verbatim-core --all-targets --features internals --quiet -- -D warnings
cargo clippy -p verbatim-app --target wasm32-unknown-unknown --quiet -- -D warnings

step "native tests (core and CLI)"
cargo test --workspace --exclude verbatim-app -- --nocapture 2>&1 | tee target/native-tests.log | grep -E '^(raw|pdfjs|crlf): corpus|^test result|FAILED|panicked' || true
if grep -qE 'FAILED|panicked|error\[' target/native-tests.log || ! grep -q '^test result' target/native-tests.log; then
  echo "native tests failed (see target/native-tests.log)"; exit 1
fi

step "release build"
scripts/build.sh

step "browser tests (headless Chromium)"
(cd tests/e2e && npm test)
