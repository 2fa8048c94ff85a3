#!/usr/bin/env bash
# readout serve, end to end: build a small database (examples/ plus a
# <script> probe), start `readout serve` on a free loopback port, run the
# browser test (e2e.mjs) and schemathesis against /openapi.json, stop the
# server. Expects chromium, node dependencies (npm ci) and schemathesis to be
# installed (.ci/run does that). READOUT_BIN picks the binary.
set -euo pipefail
cd "$(dirname "$0")/../.."

target="${CARGO_TARGET_DIR:-target}"
bin="${READOUT_BIN:-$target/release/readout}"
[[ -x "$bin" ]] || cargo build --release -p readout-cli
work="$(mktemp -d)"
server=""
cleanup() {
  if [[ -n "$server" ]]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/inputs"
cp examples/*.txt "$work/inputs/"
printf 'date 2024-12-18\n\n“<script>window.__xss = 1</script> is a probe, not code,” Ada Lovelace said.\n' \
  > "$work/inputs/script_probe.txt"
seed="${SEED_ARTICLE:-../shared/seed/000_47385a12522914d2.txt}"
# The seed article is read where it lies (never copied into the repository).
"$bin" ingest --db "$work/e2e.db" "$work/inputs" "$seed" >/dev/null

"$bin" serve --db "$work/e2e.db" --addr 127.0.0.1:0 --port-file "$work/port" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 100); do [[ -s "$work/port" ]] && break; sleep 0.1; done
url="http://127.0.0.1:$(cat "$work/port")"
echo "serve: $url"

echo "== browser test (screenshots in $target/e2e-screenshots)"
READOUT_URL="$url" SEED_ARTICLE="$seed" \
  SCREENSHOT_DIR="$target/e2e-screenshots" node tests/e2e/e2e.mjs

echo "== schemathesis against $url/openapi.json"
# One worker: CPython 3.11's AST parser is not thread-safe (hypothesis uses it).
st run "$url/openapi.json" --checks all --max-examples "${SCHEMATHESIS_EXAMPLES:-100}" --workers 1 \
  --generation-deterministic --report junit --report-dir "$target/schemathesis" </dev/null
