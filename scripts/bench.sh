#!/usr/bin/env bash
# Benchmarks (numbers, not pass/fail): native parser MB/s, the release bundle's
# size, and in headless Chromium the wasm parser MB/s, drop-to-interactive,
# longest main-thread task, first screen and memory for a 20 MB record.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
cargo build --quiet --release -p verbatim-cli
./target/release/verbatim bench tests/corpus/raw --runs 30
./target/release/verbatim bench tests/corpus/variants --runs 30
scripts/build.sh | tail -n 5
(cd tests/e2e && node bench.mjs)
