#!/bin/bash
# Times `readout extract` to JSON Lines against `readout ingest` into a fresh
# database on the same input, alternating the two N times, and prints the
# medians and their ratio (the store's speed bar is ingest <= 1.5x extract).
#
#   scripts/ingest_ratio.sh [BINARY] [N] [INPUTS...]
#
# Defaults: target/release/readout, 3 runs, PolNeAR train + dev.
# BASELINE=/path/to/older/readout also times that build's ingest in the same
# rounds, so two builds are compared on the same machine at the same time.
set -euo pipefail
baseline=${BASELINE:-}
binary=${1:-target/release/readout}
runs=${2:-3}
shift $(( $# > 2 ? 2 : $# ))
inputs=("$@")
if [ ${#inputs[@]} -eq 0 ]; then
    inputs=(../shared/corpora/polnear/train/text ../shared/corpora/polnear/dev/text)
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
extract_times=()
ingest_times=()
baseline_times=()
for _ in $(seq "$runs"); do
    start=$(date +%s.%N)
    "$binary" extract --out "$work/x.jsonl" "${inputs[@]}" 2>/dev/null
    extract_times+=("$(echo "$(date +%s.%N) - $start" | bc)")
    rm -f "$work"/speed.db*
    start=$(date +%s.%N)
    "$binary" ingest --db "$work/speed.db" "${inputs[@]}" 2>/dev/null
    ingest_times+=("$(echo "$(date +%s.%N) - $start" | bc)")
    if [ -n "$baseline" ]; then
        rm -f "$work"/speed.db*
        start=$(date +%s.%N)
        "$baseline" ingest --db "$work/speed.db" "${inputs[@]}" 2>/dev/null
        baseline_times+=("$(echo "$(date +%s.%N) - $start" | bc)")
    fi
done
echo "extract: ${extract_times[*]}"
echo "ingest:  ${ingest_times[*]}"
[ -n "$baseline" ] && echo "baseline ingest: ${baseline_times[*]}"
python3 -c '
import statistics, sys
extract = [float(x) for x in sys.argv[1].split()]
ingest = [float(x) for x in sys.argv[2].split()]
e, i = statistics.median(extract), statistics.median(ingest)
print(f"median extract {e:.2f} s, ingest {i:.2f} s, ratio {i / e:.2f}")
if len(sys.argv) > 3 and sys.argv[3]:
    b = statistics.median(float(x) for x in sys.argv[3].split())
    print(f"median baseline ingest {b:.2f} s, ratio {b / e:.2f}")
' "${extract_times[*]}" "${ingest_times[*]}" "${baseline_times[*]:-}"
