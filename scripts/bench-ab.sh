#!/usr/bin/env bash
# Compares two builds of the `verbatim` command on the corpus, alternating
# short `verbatim bench` runs (median of 10 passes each), and prints both
# medians and the median of the per-pair ratios. This virtual machine's speed
# drifts by a third over minutes (the same build measured 135 and 217 MB/s
# minutes apart), so two builds are only comparable measured in pairs.
#   scripts/bench-ab.sh OLD_BINARY NEW_BINARY [PAIRS]   (default 12 pairs)
# e.g. build the old commit, copy target/release/verbatim to /tmp/old, build
# the new one, then: scripts/bench-ab.sh /tmp/old target/release/verbatim
set -euo pipefail
cd "$(dirname "$0")/.."
old=$1
new=$2
pairs=${3:-12}
median_of() { "$1" bench tests/corpus/raw --runs 10 | head -n 1 | sed -E 's/.*median ([0-9.]+) MB\/s.*/\1/'; }
for _ in $(seq "$pairs"); do
  echo "$(median_of "$old") $(median_of "$new")"
done | awk '
  { a[NR] = $1; b[NR] = $2; r[NR] = $2 / $1 }
  function median(v, n,   i, j, t, s) {
    for (i = 1; i <= n; i++) s[i] = v[i]
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (s[j] < s[i]) { t = s[i]; s[i] = s[j]; s[j] = t }
    return n % 2 ? s[(n + 1) / 2] : (s[n / 2] + s[n / 2 + 1]) / 2
  }
  END {
    printf "old: median %.1f MB/s; new: median %.1f MB/s; new/old, median of %d pairs: %.3f\n",
      median(a, NR), median(b, NR), NR, median(r, NR)
  }'
