#!/usr/bin/env bash
# Builds the fuzz targets in fuzz/ with libFuzzer's coverage instrumentation
# on the stable toolchain (no cargo-fuzz, no nightly), replays the checked-in
# crash reproducers in fuzz/regressions/<target>/, then fuzzes every target
# for a bounded time from a seed corpus made of the project's fixtures. It
# exits non-zero when any input crashes, hangs or runs out of memory, and
# prints the path of the input that did it.
#
#   scripts/fuzz.sh [TARGET...]
#
# With no arguments every target in fuzz/fuzz_targets/ runs. Settings, from
# the environment:
#   FUZZ_SECONDS   fuzzing time per target, in seconds (default 60)
#   FUZZ_TIMEOUT   time one input may take before it counts as a hang, in
#                  seconds (default 10)
#   FUZZ_RSS_MB    memory limit of a fuzzing process, in MiB (default 2048)
#   FUZZ_SCRATCH   folder for corpora and logs (default: a new temporary
#                  folder, removed at the end unless FUZZ_KEEP=1)
#   FUZZ_ASAN      1 to build with AddressSanitizer as well (see below)
# Total time: the build (a few minutes from scratch, seconds when nothing
# changed) plus targets × FUZZ_SECONDS.
#
# Inputs that fail are written to fuzz/artifacts/<target>/ (git-ignored). To
# keep one as a regression check, fix the bug and copy the file into
# fuzz/regressions/<target>/ (see fuzz/regressions/README.md).
#
# AddressSanitizer is off by default: the fuzzed crates are safe Rust, so
# what fuzzing can find is a panic, a hang or unbounded memory, which the
# plain instrumentation catches. ASan needs the nightly-only -Zsanitizer
# (allowed on stable by RUSTC_BOOTSTRAP=1); it builds and runs every target
# here, but at about a third of the executions per second and about
# 500 MiB per process, and it would not look inside the one C library in
# reach (SQLite, which libsqlite3-sys compiles without -fsanitize=address).
# FUZZ_ASAN=1 turns it on for a deeper local run; it builds into
# fuzz/target/asan so the two builds do not evict each other.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

seconds=${FUZZ_SECONDS:-60}
per_input_timeout=${FUZZ_TIMEOUT:-10}
rss_mb=${FUZZ_RSS_MB:-2048}
# Where the main workspace's release binary is, before this script points
# CARGO_TARGET_DIR at the fuzz build.
readout=${CARGO_TARGET_DIR:-target}/release/readout

if [ $# -gt 0 ]; then
    targets=("$@")
else
    targets=()
    for file in fuzz/fuzz_targets/*.rs; do
        targets+=("$(basename "$file" .rs)")
    done
fi

# What to remove at exit: the temporary folders this script made.
cleanup=()
trap 'rm -rf "${cleanup[@]}"' EXIT
if [ -n "${FUZZ_SCRATCH:-}" ]; then
    scratch=$FUZZ_SCRATCH
    mkdir -p "$scratch"
else
    scratch=$(mktemp -d "${TMPDIR:-/tmp}/readout-fuzz.XXXXXX")
    [ "${FUZZ_KEEP:-0}" = 1 ] || cleanup+=("$scratch")
fi
echo "fuzz: scratch folder $scratch"

# ---- build ---------------------------------------------------------------
# The flags cargo-fuzz passes (without its -Zsanitizer): SanitizerCoverage
# with inline 8-bit counters, a PC table and comparison tracing, which is
# what libFuzzer's runtime in libfuzzer-sys reads; `--cfg fuzzing`; and
# debug assertions and overflow checks on top of the release optimisations.
# An explicit --target keeps these flags off build scripts and proc macros,
# which would otherwise be instrumented too and fail to link without the
# libFuzzer runtime. The fuzz crate builds in fuzz/target, whatever
# CARGO_TARGET_DIR says, so it never mixes with the main workspace's build.
host=$(rustc -vV | sed -n 's/^host: //p')
export RUSTFLAGS="-Cpasses=sancov-module \
-Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters \
-Cllvm-args=-sanitizer-coverage-pc-table \
-Cllvm-args=-sanitizer-coverage-trace-compares \
-Cllvm-args=-sanitizer-coverage-stack-depth \
--cfg fuzzing -Cdebug-assertions -Coverflow-checks"
export CARGO_TARGET_DIR=$root/fuzz/target
if [ "${FUZZ_ASAN:-0}" = 1 ]; then
    export RUSTC_BOOTSTRAP=1 RUSTFLAGS="$RUSTFLAGS -Zsanitizer=address"
    CARGO_TARGET_DIR=$root/fuzz/target/asan
fi
bin_dir=$CARGO_TARGET_DIR/$host/release
build_start=$SECONDS
cargo build --manifest-path fuzz/Cargo.toml --release --target "$host" --bins
echo "fuzz: build took $((SECONDS - build_start)) s"
unset RUSTFLAGS CARGO_TARGET_DIR RUSTC_BOOTSTRAP

# ---- seed corpora ----------------------------------------------------------
# Every target's corpus starts from copies of fixtures in the scratch folder;
# libFuzzer adds what it finds there, never in the repository.
seeds=$scratch/seeds
mkdir -p "$seeds"/{html_extract,warc_read,json_lines,text_document,store_import}

texts=(examples/*.txt crates/readout-cli/tests/tricky/*)
pages=(crates/readout-html/tests/pages/*)
cp "${texts[@]}" "$seeds/text_document/"
cp "${pages[@]}" "$seeds/html_extract/"
cp examples/*.txt "$seeds/html_extract/"

# JSON Lines: one line per example text (with and without a date), one per
# HTML page (as `html`), and all of them in one file.
python3 - "$seeds/json_lines" "${#texts[@]}" "${texts[@]}" "${pages[@]}" <<'EOF'
import json, os, sys
out, count, paths = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
lines = []
for number, path in enumerate(paths):
    body = open(path, "rb").read().decode("utf-8", "replace")
    name = os.path.basename(path)
    if number < count:
        lines.append({"id": name, "text": body, "date": "2024-12-18T10:00:00Z"})
        lines.append({"id": number, "text": body, "title": name, "url": "https://news.example/" + name})
    else:
        lines.append({"html": body, "url": "https://news.example/2024/12/18/" + name})
for number, line in enumerate(lines):
    with open(os.path.join(out, "line%02d.jsonl" % number), "w") as f:
        f.write(json.dumps(line, ensure_ascii=number % 2 == 0) + "\n")
with open(os.path.join(out, "all.jsonl"), "w") as f:
    f.write("".join(json.dumps(line) + "\n" for line in lines[:6]))
EOF

# WARC: any archives checked in, the warcio-written fixtures of
# readout-warc's tests when warcio is installed, and always a small
# hand-made archive (a request and an HTML response), plain and gzipped.
git ls-files -z -- '*.warc' '*.warc.gz' '*.arc.gz' | xargs -0 -r cp -t "$seeds/warc_read/"
if python3 -c 'import warcio' 2>/dev/null; then
    python3 crates/readout-warc/tests/make_fixtures.py "$scratch/warcio" >/dev/null
    cp "$scratch"/warcio/*.warc "$scratch"/warcio/*.warc.gz "$seeds/warc_read/"
else
    echo "fuzz: python warcio is not installed; WARC seeds are the hand-made ones only"
fi
page='<html><head><title>Minister speaks</title></head><body><p>"We will act," the minister said on Tuesday.</p></body></html>'
http=$'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: '"${#page}"$'\r\n\r\n'"$page"
request=$'GET /article HTTP/1.1\r\nHost: news.example\r\n\r\n'
warc_record() { # type, body
    printf 'WARC/1.0\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%s>\r\nWARC-Date: 2024-03-05T12:34:56Z\r\nWARC-Target-URI: http://news.example/article\r\nContent-Type: application/http; msgtype=%s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n' \
        "$1" "$(printf '%s' "$1" | md5sum | cut -c1-32)" "$1" "${#2}" "$2"
}
{ warc_record request "$request"; warc_record response "$http"; } >"$seeds/warc_read/hand.warc"
gzip -n -c "$seeds/warc_read/hand.warc" >"$seeds/warc_read/hand.warc.gz"

# Records for the store: one per input from the release binary when it is
# built (CI builds it before this script), and always one hand-made record
# with an entity, a quote, a time and an event.
if [ -x "$readout" ]; then
    if ! "$readout" extract "${texts[@]}" 2>/dev/null | split -l 1 -a 3 - "$seeds/store_import/record-"; then
        echo "fuzz: $readout extract failed; store_import seeds may be incomplete"
    fi
else
    echo "fuzz: $readout is not built; store_import seeds are the hand-made record only"
fi
cat >"$seeds/store_import/hand.json" <<'EOF'
{"id": "seed-1", "source": "seed.txt", "title": "Minister speaks", "date": "2024-12-18", "text": "date 2024-12-18\n\nMinister speaks\n\nSir Keir Starmer said: “We will act on Tuesday.” He met Olaf Scholz in Berlin. Read more\n", "boilerplate": [{"start": 113, "end": 122, "text": "Read more"}], "entities": [{"id": "e1", "name": "Keir Starmer", "kind": "person", "mentions": [{"start": 34, "end": 50, "text": "Sir Keir Starmer"}, {"start": 83, "end": 85, "text": "He"}]}, {"id": "e2", "name": "Olaf Scholz", "kind": "person", "mentions": [{"start": 90, "end": 101, "text": "Olaf Scholz"}]}, {"id": "e3", "name": "Berlin", "kind": "place", "mentions": [{"start": 105, "end": 111, "text": "Berlin"}]}], "quotes": [{"id": "q1", "kind": "direct", "speaker": {"entity": "e1", "name": "Keir Starmer", "mention": {"start": 34, "end": 50, "text": "Sir Keir Starmer"}}, "cue": {"start": 51, "end": 55, "text": "said"}, "content": [{"start": 58, "end": 81, "text": "We will act on Tuesday."}], "text": "We will act on Tuesday."}], "times": [{"start": 73, "end": 80, "text": "Tuesday", "value": "2024-12-17"}], "events": [{"kind": "meeting", "cue": {"start": 86, "end": 89, "text": "met"}, "participants": ["e1", "e2"], "date": "2024-12-17"}], "diagnostics": []}
EOF

# ---- run -----------------------------------------------------------------
# The store target keeps its SQLite file in the temporary folder: point that
# into a folder of its own, on /dev/shm where there is one (a commit there
# costs no disk sync: about five times the executions per second), removed
# at the end with the scratch folder.
store_parent=$scratch
if [ -d /dev/shm ] && [ -w /dev/shm ]; then
    store_parent=/dev/shm
fi
store_tmp=$(mktemp -d "$store_parent/readout-fuzz-store.XXXXXX")
cleanup+=("$store_tmp")
export TMPDIR=$store_tmp
failed=()
summary=()
for target in "${targets[@]}"; do
    bin=$bin_dir/$target
    artifacts=$root/fuzz/artifacts/$target
    corpus=$scratch/corpus/$target
    regressions=$root/fuzz/regressions/$target
    mkdir -p "$artifacts" "$corpus"
    flags=(-timeout="$per_input_timeout" -rss_limit_mb="$rss_mb" -artifact_prefix="$artifacts/")

    # Checked-in reproducers first: each must now run cleanly. They also
    # join the corpus, so fuzzing starts from the inputs that once broke it.
    reproducers=()
    if [ -d "$regressions" ]; then
        for file in "$regressions"/*; do
            [ -f "$file" ] && reproducers+=("$file")
        done
    fi
    if [ ${#reproducers[@]} -gt 0 ]; then
        if "$bin" "${flags[@]}" "${reproducers[@]}" >"$scratch/$target.regressions.log" 2>&1; then
            echo "fuzz: $target: ${#reproducers[@]} regression input(s) pass"
        else
            # libFuzzer names each file as it starts it: the last one named
            # is the one that failed.
            tail -n 30 "$scratch/$target.regressions.log" >&2
            reproducer=$(sed -n 's/^Running: //p' "$scratch/$target.regressions.log" | tail -n 1)
            echo "fuzz: $target: a regression input fails again: $reproducer" >&2
            failed+=("$target (regression)")
            continue
        fi
        cp "${reproducers[@]}" "$corpus/"
    fi

    if [ -d "$seeds/$target" ]; then
        find "$seeds/$target" -maxdepth 1 -type f -exec cp -t "$corpus/" {} +
    fi
    seeded=$(find "$corpus" -type f | wc -l)
    echo "fuzz: $target: fuzzing for $seconds s from $seeded seed(s)"
    log=$scratch/$target.log
    if "$bin" "${flags[@]}" -max_total_time="$seconds" -print_final_stats=1 "$corpus" >"$log" 2>&1; then
        outcome=ok
    else
        outcome=FAILED
        failed+=("$target")
        echo "fuzz: $target failed; the end of its log:" >&2
        tail -n 40 "$log" >&2
        reproducer=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n 1)
        echo "fuzz: $target: reproducer: ${reproducer:-(none written; see the log above)}" >&2
    fi
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    coverage=$(grep -oE 'cov: [0-9]+' "$log" | tail -n 1 | cut -d' ' -f2)
    size=$(find "$corpus" -type f | wc -l)
    summary+=("$(printf '%-14s %-6s %10s runs %7s exec/s  cov %6s  corpus %5s (from %s)' \
        "$target" "$outcome" "${runs:-?}" "${rate:-?}" "${coverage:-?}" "$size" "$seeded")")
done

echo "fuzz: summary ($seconds s per target, per-input timeout $per_input_timeout s, ${rss_mb} MiB)"
for line in "${summary[@]}"; do
    echo "  $line"
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: FAILED: ${failed[*]}" >&2
    exit 1
fi
echo "fuzz: all targets ran clean"
