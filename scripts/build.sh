#!/usr/bin/env bash
# Release build of the app into dist/ and its size, raw and gzip.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
(cd app && trunk build --release --offline)
node scripts/postbuild.mjs dist
wasm=$(ls dist/*.wasm) js=$(ls dist/*.js) css=$(ls dist/*.css)
for f in $wasm $js $css; do
  printf '%-60s raw %8d B  gzip %8d B\n' "$f" "$(wc -c <"$f")" "$(gzip -9 -c "$f" | wc -c)"
done
total=$(cat $wasm $js $css | wc -c); totalgz=0
for f in $wasm $js $css; do totalgz=$((totalgz + $(gzip -9 -c "$f" | wc -c))); done
printf 'first load (wasm + js + css): raw %d B, gzip %d B\n' "$total" "$totalgz"
