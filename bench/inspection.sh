#!/usr/bin/env bash
# `make bench-inspection` (also part of `make bench`): AI inspection of one sample photo, our whole
# path against a bare ONNX Runtime session on the same model and input. See bench/README.md
# ("Inspection") for what each number means.
#
#   1. unpacks the server jar (Spring Boot's jarmode tools) so bench/InspectionBench.java can run
#      against the exact classes and libraries that ship
#   2. InspectionBench generates a YOLOv8n-like model (random fixed-seed weights, [1, 84, 8400]) and a
#      640×640 test photo under var/bench/inspection-run/, warms up, then alternates
#      Inspector.analyse (the issue's decode → NMS → measures path), Inspector.inspect (plus the
#      annotated PNG) and a bare OrtSession.run on the same letterboxed tensor
#
# Appends one dated entry to docs/benchmarks.md. No server, no network, no ports. Exits non-zero
# only when the harness breaks — a missed goal is recorded as FAIL.
# Knobs: BENCH_INSPECTION_ITERATIONS (200), BENCH_INSPECTION_WARMUP (50), BENCH_NOTE.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
OUT=$ROOT/var/bench/inspection-run
DOC=$ROOT/docs/benchmarks.md
JAR=$ROOT/server/target/kelola-server.jar
ITERATIONS=${BENCH_INSPECTION_ITERATIONS:-200}
WARMUP=${BENCH_INSPECTION_WARMUP:-50}
GOAL_X=1.3
JAVA_HOME=${JAVA_HOME:-$("$ROOT/scripts/find-jdk.sh")}
JAVA=$JAVA_HOME/bin/java

log() { printf '[%s] %s\n' "$(date '+%H:%M:%S')" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
# shellcheck source=bench/report.sh
source "$ROOT/bench/report.sh" # pass()

make --no-print-directory -q server/target/kelola-server.jar ||
  die "server/target/kelola-server.jar is missing or older than the sources: run 'make bench-inspection' (it builds first)"
mkdir -p "$OUT"
rm -rf "$OUT/app" "$OUT"/*.txt
# The unpacked jar keeps its libraries in lib/ and names them in its manifest, so the class path on
# the command line stays one short entry: ONNX Runtime 1.29 crashes while loading when the java
# command line is longer than about 4 KB (a long -cp of separate jars is enough).
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$OUT/app" >"$OUT/extract.txt" 2>&1 ||
  die "could not unpack $JAR (see $OUT/extract.txt)"

LOAD_AT_START=$(cut -d' ' -f1 /proc/loadavg)
log "inspection: $WARMUP warm-up rounds, then $ITERATIONS rounds of Inspector.analyse, Inspector.inspect and bare OrtSession.run, rotating"
timeout 1800 "$JAVA" --enable-native-access=ALL-UNNAMED -cp "$OUT/app/kelola-server.jar" bench/InspectionBench.java \
  dir="$OUT" warmup="$WARMUP" iterations="$ITERATIONS" >"$OUT/result.txt" 2>"$OUT/stderr.txt" ||
  die "InspectionBench failed (see $OUT/stderr.txt)"
LOAD_AT_END=$(cut -d' ' -f1 /proc/loadavg)
LINE=$(grep '^RESULT' "$OUT/result.txt") || die "InspectionBench printed no result (see $OUT/result.txt)"
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<" $LINE"; }

entry() {
  local ratio ratio50 cpu jdk
  ratio=$(awk -v a="$(field ours_p95)" -v b="$(field bare_p95)" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
  ratio50=$(awk -v a="$(field ours_p50)" -v b="$(field bare_p50)" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
  cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
  jdk=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.vendor = / { v = $2 } /java.runtime.version = / { r = $2 } END { print v " " r }')
  echo "## $(date -u '+%Y-%m-%d %H:%M UTC') ($(date -u -d '+7 hours' '+%Y-%m-%d %H:%M WIB')) — AI inspection (\`make bench-inspection\`)"
  echo
  # shellcheck disable=SC2016 # the backticks are Markdown
  printf -- '- Machine: %s cores (`nproc`), %s; JDK %s; ONNX Runtime 1.29.0 (CPU). Commit %s.\n' "$(nproc)" "$cpu" "$jdk" \
    "$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "- Load: 1-min load average $LOAD_AT_START at start, $LOAD_AT_END at end (other work on this machine shares the cores)."
  echo "- Model: YOLOv8n-like, generated (3×3 conv + SiLU stack to 80×80/40×40/20×20 heads, output [1, 84, 8400], $(field model_bytes) bytes, random fixed-seed weights; $(field detections) detections on the test photo). Input: a 640×640 PNG sample photo with 12 dark specks."
  echo "- $(field warmup) warm-up rounds, then $(field iterations) rounds rotating Inspector.analyse, Inspector.inspect and bare (which goes first rotates too). Both sessions use the same options (\`OnnxDetector.configure\`)."
  [[ -z ${BENCH_NOTE:-} ]] || printf -- '- Note: %s\n' "$BENCH_NOTE"
  echo
  echo "| Goal | Measured | Target | Result |"
  echo "|---|---|---|---|"
  echo "| Inspector.analyse p95 ÷ bare OrtSession.run p95 | ${ratio}× ($(field ours_p95) ms vs $(field bare_p95) ms) | ≤ ${GOAL_X}× | $(pass "$ratio" le "$GOAL_X") |"
  echo
  echo "| Path | p50 ms | p95 ms |"
  echo "|---|---|---|"
  echo "| Inspector.analyse (decode PNG → letterbox → inference → decode/NMS → measures) | $(field ours_p50) | $(field ours_p95) |"
  echo "| Inspector.inspect (the same + annotated PNG, what the QC worker runs; not part of the goal) | $(field full_p50) | $(field full_p95) |"
  echo "| bare OrtSession.run, same model and letterboxed tensor | $(field bare_p50) | $(field bare_p95) |"
  echo "| ratio | ${ratio50}× | ${ratio}× |"
  echo
  echo "Mean stage times inside Inspector.inspect (ms; the measures run beside letterbox and inference): decode $(field decode), letterbox $(field preprocess), inference $(field inference), output decoding + NMS $(field postprocess), measures $(field measures), annotation + PNG $(field annotate); total $(field total)."
}
ENTRY=$(entry)
printf '%s\n' "$ENTRY"
printf '\n%s\n' "$ENTRY" >>"$DOC"
log "appended to ${DOC#"$ROOT"/}; raw output in ${OUT#"$ROOT"/}"
