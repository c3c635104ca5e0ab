#!/usr/bin/env bash
# SARI benchmark (part of `make bench`; see bench/README.md, "SARI"): intake → AI verdict latency
# with the inspection worker busy. The operator takes lots in faster than one worker inspects them
# (bench/SariLatency.java); the SARI manager's SSE stream timestamps each verdict. Beside it, the
# same run measures one bare inspection through the same server (a single lot with nobody else in
# the queue), so the queueing share of the latency can be read off. Appends a dated entry to
# docs/benchmarks.md. Only 127.0.0.1 is loaded; every wait is bounded.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
OUT=$ROOT/var/bench/sari-run
DOC=$ROOT/docs/benchmarks.md
export PORT=${BENCH_PORT:-18080}
export KELOLA_EMBEDDED_DB_PORT=${BENCH_DB_PORT:-15432}
export KELOLA_DATA_DIR=$ROOT/var/bench/pgdata-sari
LOTS=${BENCH_SARI_LOTS:-30}
PHOTOS=${BENCH_SARI_PHOTOS:-10}
GAP_MS=${BENCH_SARI_GAP_MS:-20}
URL=http://127.0.0.1:$PORT
JAVA=${JAVA_HOME:-$("$ROOT/scripts/find-jdk.sh")}/bin/java
PG_VERSION="-"

# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
trap stop_server EXIT
trap 'exit 130' INT TERM

preflight
mkdir -p "$OUT"
rm -f "$OUT"/*
rm -rf "$KELOLA_DATA_DIR"

log "fresh server (migrations, demo data, demo QC specs)"
start_server "$OUT/server.log"
wait_for_200
PG_VERSION=$(psql_q "SHOW server_version")
# demo data (users, masters, QC specs) loads after the first HTTP 200
for ((i = 0; i < 120; i++)); do
  [[ $(psql_q "SELECT COUNT(*) FROM t_qc_spec" 2>/dev/null || echo 0) -ge 4 ]] && break
  sleep 0.5
done
[[ $(psql_q "SELECT COUNT(*) FROM t_qc_spec") -ge 4 ]] || die "demo QC specs did not appear within 60 s"

sari_load() { # $1 lots, $2 gap ms, $3 output file
  timeout 600 "$JAVA" -Xmx256m bench/SariLatency.java url="$URL" lots="$1" photos="$PHOTOS" gapMs="$2" >"$3" 2>"$3.err" ||
    die "SariLatency failed (see $3.err)"
  grep -q '^SARI_RESULT' "$3" || die "SariLatency printed no result (see $3)"
  grep '^SARI_RESULT' "$3"
}

log "warm-up: 5 lots, one at a time"
sari_load 5 3000 "$OUT/warmup.txt" >/dev/null
log "idle worker: 5 lots, 3 s apart (no queue)"
IDLE=$(sari_load 5 3000 "$OUT/idle.txt")
log "busy worker: $LOTS lots, one every $GAP_MS ms"
BUSY=$(sari_load "$LOTS" "$GAP_MS" "$OUT/busy.txt")
[[ $(field missing "$BUSY") == 0 ]] || die "verdicts missing in the busy run: $BUSY"
# the busy run only means something when lots arrived faster than the worker finished them
BUSY_QUEUED=$(awk -v a="$(field lots_per_s "$BUSY")" -v g="$GAP_MS" 'BEGIN { print (a < 1000 / g) ? "yes" : "no" }')

CPU=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
ENTRY=$(
  echo "## $(date -u '+%Y-%m-%d %H:%M UTC') ($(date -u -d '+7 hours' '+%Y-%m-%d %H:%M WIB')) — SARI intake → AI verdict"
  echo
  echo "- Machine: $(nproc) cores, $CPU; PostgreSQL $PG_VERSION (embedded); in-process events, 1 inspection worker; commit $(git rev-parse --short HEAD)."
  echo "- Each lot: $PHOTOS photos of 640×640 px, the bundled demo detector plus colour/haze/particle measures. Latency = intake request sent → verdict event received over SSE."
  echo
  echo "| Run | Lots | Verdict p50 ms | Verdict p95 ms | Max ms | Intake request p95 ms | Lots/s | Outcomes |"
  echo "|---|---|---|---|---|---|---|---|"
  for r in "idle (3 s apart):$IDLE" "busy (every $GAP_MS ms):$BUSY"; do
    name=${r%%:*} line=${r#*:}
    echo "| $name | $(field lots "$line") | $(field p50_ms "$line") | $(field p95_ms "$line") | $(field max_ms "$line") | $(field intake_p95_ms "$line") | $(field lots_per_s "$line") | $(field outcomes "$line") |"
  done
  echo
  echo "No fixed goal in the issue for this figure; the idle row is the bare per-lot inspection path through the same server, the busy row adds the queue (lots arrived every $GAP_MS ms, faster than the worker's $(field lots_per_s "$BUSY") lots/s: $BUSY_QUEUED)."
)
printf '%s\n' "$ENTRY"
printf '\n%s\n' "$ENTRY" >>"$DOC"
log "appended to ${DOC#"$ROOT"/}; raw output in ${OUT#"$ROOT"/}"
