#!/usr/bin/env bash
# Release build of the app into dist/ and its size, raw and gzip.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
# Size: the standard library is rebuilt with panics as an immediate abort, so
# no panic message, location or formatting code is linked (about 32 KB gzip of
# the first load). These are unstable flags: RUSTC_BOOTSTRAP lets this pinned
# stable toolchain take them, for this build only (native builds and tests
# use none of it). A panic was already an abort in the browser (panic =
# "abort"); now it carries no message, and the parser is fuzzed not to panic.
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none"
# Trunk runs cargo offline; the rebuilt std's own dependencies are fetched
# (from crates.io) and everything compiled here first.
cargo build --quiet --target wasm32-unknown-unknown --manifest-path app/Cargo.toml \
  --profile wasm-release --bin verbatim-app
(cd app && trunk build --release --offline)
node scripts/postbuild.mjs dist
wasm=$(ls dist/*.wasm) js=$(ls dist/*.js) css=$(ls dist/*.css)
for f in $wasm $js $css; do
  printf '%-60s raw %8d B  gzip %8d B\n' "$f" "$(wc -c <"$f")" "$(gzip -9 -c "$f" | wc -c)"
done
total=$(cat $wasm $js $css | wc -c); totalgz=0
for f in $wasm $js $css; do totalgz=$((totalgz + $(gzip -9 -c "$f" | wc -c))); done
printf 'first load (wasm + js + css): raw %d B, gzip %d B\n' "$total" "$totalgz"
