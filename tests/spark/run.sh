#!/usr/bin/env bash
# Integration test of examples/spark/readout_job.py: installs PySpark (Java
# 17 must be on the machine), runs the job in local[2] on the PolNeAR dev
# texts as JSON Lines with one malformed line, and checks its records equal
# a direct `readout extract -` run: none lost, none duplicated, the
# malformed line one error record.
#
#   tests/spark/run.sh [READOUT_BINARY]     (default: the release build)
#   BENCH_REPEAT=30 tests/spark/run.sh      also times the stage on 30x the texts
set -euo pipefail
cd "$(dirname "$0")/../.."
readout="$(realpath "${1:-${CARGO_TARGET_DIR:-target}/release/readout}")"
[[ "$(basename "$readout")" == readout ]] || { echo "tests/spark: the binary must be named readout (the job looks it up by name)" >&2; exit 1; }
corpus=../shared/corpora/polnear
work="$(mktemp -d)"
trap "rm -rf \"$work\"" EXIT

python3 -m pip install --quiet --disable-pip-version-check pyspark warcio
command -v java >/dev/null || { echo "tests/spark: java not found (PySpark needs Java 17)" >&2; exit 1; }
export PYSPARK_PYTHON="${PYSPARK_PYTHON:-python3}" SPARK_LOCAL_IP=127.0.0.1
spark_home="$(python3 -m pyspark.find_spark_home 2>/dev/null)"
job="$(pwd)/examples/spark/readout_job.py"
spark_submit() {  # from the work folder, so Spark's scratch folders land there
    (cd "$work" && "$spark_home/bin/spark-submit" \
        --master 'local[2]' --conf spark.ui.enabled=false --driver-memory 1g --files "$readout" "$job" "$@")
}

python3 tests/spark/make_jsonl.py "$corpus/dev/text" "$corpus/metadata.tsv" "$work/dev.jsonl" --malformed
documents=$(ls "$corpus"/dev/text/*.txt | wc -l)
"$readout" extract - < "$work/dev.jsonl" > "$work/direct.jsonl" 2>/dev/null

spark_submit --input "$work/dev.jsonl" --output "$work/out" --partitions 2 \
    > "$work/spark.log" 2>&1 || { tail -n 40 "$work/spark.log" >&2; exit 1; }
python3 tests/spark/compare.py "$work/direct.jsonl" "$work/out/records" "$documents"
ls "$work"/out/quotes/*.parquet "$work"/out/top_speakers/*.json >/dev/null
grep -q "readout stage" "$work/spark.log"

if [[ -n "${BENCH_REPEAT:-}" ]]; then
    python3 tests/spark/make_jsonl.py "$corpus/dev/text" "$corpus/metadata.tsv" "$work/bench.jsonl" --repeat "$BENCH_REPEAT"
    n=$(wc -l < "$work/bench.jsonl")
    start=$(date +%s.%N)
    "$readout" extract --threads 2 - < "$work/bench.jsonl" > /dev/null
    direct=$(echo "$(date +%s.%N) - $start" | bc)
    spark_submit --input "$work/bench.jsonl" --output "$work/bench" --partitions 2 \
        > "$work/bench.log" 2>&1
    stage=$(grep -o 'readout stage: [0-9]* partitions, [0-9.]* s' "$work/bench.log" | awk '{print $(NF-1)}')
    echo "bench: $n documents, $(wc -c < "$work/bench.jsonl") bytes"
    echo "bench: direct --threads 2: ${direct} s, $(echo "$n / $direct" | bc) docs/s"
    echo "bench: spark local[2] stage: ${stage} s, $(echo "$n / $stage" | bc) docs/s, ratio $(echo "scale=2; $stage / $direct" | bc)"
fi
