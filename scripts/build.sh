#!/usr/bin/env bash
# Release build of the app into dist/ and its size, raw and gzip.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
# Size: the standard library is rebuilt with panics as an immediate abort and
# without Debug formatting or source locations, so no panic message or
# formatting code is linked (about 38 KB gzip of the first load). These are
# unstable flags: RUSTC_BOOTSTRAP lets this pinned stable toolchain take them,
# for this build only (native builds and tests use none of it). A panic was
# already an abort in the browser (panic = "abort"); now it carries no
# message, and the parser is fuzzed not to panic.
size_flags=(
  RUSTC_BOOTSTRAP=1
  CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS=-Zunstable-options -Cpanic=immediate-abort -Zfmt-debug=none -Zlocation-detail=none"
)
# Trunk runs cargo offline, so the rebuilt std's own dependencies are fetched
# (from crates.io) and everything compiled here first. Without rust-src, or if
# that fails, the app is still built, only larger, and the script says so.
if rustup component list --installed 2>/dev/null | grep -qx rust-src &&
  env "${size_flags[@]}" cargo build --quiet --target wasm32-unknown-unknown \
    --manifest-path Cargo.toml --profile wasm-release --bin verbatim-app --bin verbatim-parser --bin verbatim-pdf; then
  export "${size_flags[@]}"
else
  echo "build.sh: std could not be rebuilt for size; building the larger bundle" >&2
fi
trunk build --release --offline
node scripts/postbuild.mjs dist
# What a first visit loads: the viewer's wasm, its JS glue and start-up
# script, the CSS. The parser module loads when a record is opened (and
# parse-worker.js when a large one is), so it is reported on its own.
wasm=$(ls dist/verbatim-app-*.wasm) js=$(ls dist/verbatim-app-*.js dist/boot-*.js) css=$(ls dist/*.css)
for f in $wasm $js $css; do
  printf '%-60s raw %8d B  gzip %8d B\n' "$f" "$(wc -c <"$f")" "$(gzip -9 -c "$f" | wc -c)"
done
total=$(cat $wasm $js $css | wc -c); totalgz=0
for f in $wasm $js $css; do totalgz=$((totalgz + $(gzip -9 -c "$f" | wc -c))); done
printf 'first load (wasm + js + css): raw %d B, gzip %d B\n' "$total" "$totalgz"
# The modules loaded on demand, each on its own: NAME, files, when it loads.
report_module() {
  local gz=0 f
  for f in $2; do
    printf '%-60s raw %8d B  gzip %8d B\n' "$f" "$(wc -c <"$f")" "$(gzip -9 -c "$f" | wc -c)"
    gz=$((gz + $(gzip -9 -c "$f" | wc -c)))
  done
  printf '%s, loaded %s: gzip %d B\n' "$1" "$3" "$gz"
}
report_module "PDF reader" "$(ls dist/verbatim-pdf*.js dist/verbatim-pdf*.wasm)" "in the worker when a PDF is opened"
report_module "parser module" "$(ls dist/verbatim-parser*.js dist/verbatim-parser*.wasm)" "when a record is opened"
