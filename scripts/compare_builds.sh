#!/bin/bash
# Times `readout extract` to JSON Lines and `readout ingest` into a fresh
# database for each given build, alternating builds round by round, and
# prints per build and command the median, mean and fastest wall time and
# the mean CPU time (user + sys, from /usr/bin/time). On a shared machine
# wall time drifts by ±15% within minutes: compare builds only within one
# run of this script, and prefer the CPU figures.
#
#   scripts/compare_builds.sh ROUNDS BINARY... [-- INPUTS...]
#
# Inputs default to PolNeAR train + dev.
set -euo pipefail
rounds=$1
shift
binaries=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
    binaries+=("$1")
    shift
done
[ "${1:-}" = "--" ] && shift
inputs=("$@")
if [ ${#inputs[@]} -eq 0 ]; then
    inputs=(../shared/corpora/polnear/train/text ../shared/corpora/polnear/dev/text)
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for _ in $(seq "$rounds"); do
    for binary in "${binaries[@]}"; do
        /usr/bin/time -o "$work/time" -f "extract:$binary %e %U %S" "$binary" extract --out "$work/x.jsonl" "${inputs[@]}" 2>/dev/null || true
        cat "$work/time"
        rm -f "$work"/speed.db*
        /usr/bin/time -o "$work/time" -f "ingest:$binary %e %U %S" "$binary" ingest --db "$work/speed.db" "${inputs[@]}" 2>/dev/null || true
        cat "$work/time"
    done
done | python3 -c '
import collections, statistics, sys
runs = collections.defaultdict(list)
for line in sys.stdin:
    key, wall, user, system = line.split()
    runs[key].append((float(wall), float(user) + float(system)))
for key, values in runs.items():
    walls = [wall for wall, _ in values]
    cpu = statistics.mean(cpu for _, cpu in values)
    print(f"{key}: wall median {statistics.median(walls):.3f} s, mean {statistics.mean(walls):.3f} s, "
          f"fastest {min(walls):.3f} s; CPU mean {cpu:.3f} s")
'
