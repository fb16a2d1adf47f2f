#!/usr/bin/env bash
# Fuzzes the parser and the permalink decoder with libFuzzer (cargo-fuzz).
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
mkdir -p corpus/parse corpus/link
for f in ../tests/corpus/raw/S_PV_8701.txt ../tests/corpus/raw/S_PV_8700.txt ../tests/corpus/ga/raw/A_60_PV_25.txt; do
  [ -f "$f" ] && head -c 20000 "$f" > "corpus/parse/$(basename "$f")"
done
printf 's3-p2' > corpus/link/plain
export RUSTC_BOOTSTRAP=1
cargo fuzz run -s none parse corpus/parse -- -max_total_time="$secs" -max_len=20000 -print_final_stats=1
cargo fuzz run -s none link corpus/link -- -max_total_time="$secs" -max_len=8192 -print_final_stats=1
