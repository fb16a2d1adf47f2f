#!/usr/bin/env bash
# Where the parser's time goes in the browser's engine: builds the core for
# wasm32 as the app's bundle does (size-optimised) but with function names
# kept (tools/wasm-profile), parses the corpus in Node (V8, as Chromium) under
# the sampling profiler, and prints the functions with the most time.
#   scripts/wasm-profile.sh [themes]   (themes: also match the built-in themes)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
(cd tools/wasm-profile && cargo build --quiet --release --target wasm32-unknown-unknown)
node tools/wasm-profile/profile.mjs \
  tools/wasm-profile/target/wasm32-unknown-unknown/release/verbatim_wasm_profile.wasm "${1:-}"
