#!/usr/bin/env bash
# Fuzzes the parser, the permalink decoder, the layout (glyphs to text) and
# the PDF path (engine, layout, parse) with libFuzzer (cargo-fuzz).
#   scripts/fuzz.sh [SECONDS]   each target runs SECONDS (default 600)
# cargo-fuzz needs nightly flags; on the stable toolchain we allow them with
# RUSTC_BOOTSTRAP=1 and build without sanitizers (-s none). Crashes land in
# fuzz/artifacts/<target>/; turn each into a regression test in
# crates/core/tests/robustness.rs.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
secs="${1:-600}"
cd fuzz
mkdir -p corpus/parse corpus/link corpus/layout corpus/pdf
for f in ../tests/corpus/raw/S_PV_8701.txt ../tests/corpus/raw/S_PV_8700.txt ../tests/corpus/ga/raw/A_60_PV_25.txt; do
  [ -f "$f" ] && head -c 20000 "$f" > "corpus/parse/$(basename "$f")"
done
printf 's3-p2' > corpus/link/plain
head -c 60000 ../tests/corpus/layout/S_PV_8700.p12.glyphs > corpus/layout/p12
cp ../tests/corpus/pdf/S_PV_8701.pdf corpus/pdf/
export RUSTC_BOOTSTRAP=1
cargo fuzz run -s none parse corpus/parse -- -max_total_time="$secs" -max_len=20000 -print_final_stats=1
cargo fuzz run -s none link corpus/link -- -max_total_time="$secs" -max_len=8192 -print_final_stats=1
cargo fuzz run -s none layout corpus/layout -- -max_total_time="$secs" -max_len=60000 -print_final_stats=1
cargo fuzz run -s none pdf corpus/pdf -- -max_total_time="$secs" -max_len=600000 -timeout=20 -rss_limit_mb=2048 -print_final_stats=1
