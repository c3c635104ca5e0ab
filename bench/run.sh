#!/usr/bin/env bash
# `make bench`: measures Kelola on this machine against its own raw-SQL baseline, in one run, and
# appends the figures to docs/benchmarks.md. See bench/README.md for what each number means.
#
#   1. warm start: seconds from `make run` to the first HTTP 200 on /login (median of 3)
#   2. RSS of the java process after start and after the load
#   3. GET /api/v1/menus with wrk at 10 and 50 connections, each followed at once by pgbench
#      running the same SQL (bench/menus.sql) at the same concurrency; ratio = req/s ÷ TPS
#
# Only 127.0.0.1 is loaded; every wait and every load run is bounded. Exits non-zero only when
# the harness itself fails — a missed goal is recorded as FAIL.
# Knobs: BENCH_PORT (18080), BENCH_DB_PORT (15432), BENCH_DURATION (15 s), BENCH_WARMUP (30 s),
#        BENCH_STARTS (3), BENCH_CLIENTS ("10 50"), BENCH_NOTE (free text for the entry).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
OUT=$ROOT/var/bench/last-run          # server logs and raw tool output of the latest run
DOC=$ROOT/docs/benchmarks.md

export PORT=${BENCH_PORT:-18080}
export KELOLA_EMBEDDED_DB_PORT=${BENCH_DB_PORT:-15432}
export KELOLA_DATA_DIR=$ROOT/var/bench/pgdata
DURATION=${BENCH_DURATION:-15}
WARMUP=${BENCH_WARMUP:-30}
STARTS=${BENCH_STARTS:-3}
read -r -a CLIENTS <<<"${BENCH_CLIENTS:-10 50}"
DEMO_USER=admin DEMO_PASSWORD=Kelola-Demo-2026 DEMO_ROLE=SYSADMIN
GOAL_START_S=10 GOAL_RSS_MB=600 GOAL_RATIO=0.7
URL=http://127.0.0.1:$PORT

# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
# shellcheck source=bench/report.sh
source "$ROOT/bench/report.sh"

trap stop_server EXIT
trap 'exit 130' INT TERM

# ---- preflight --------------------------------------------------------------------------------
preflight
check_sql_in_step
mkdir -p "$OUT"
rm -f "$OUT"/*
rm -rf "$KELOLA_DATA_DIR"
LOAD_AT_START=$(cut -d' ' -f1 /proc/loadavg)

# ---- 1. starts --------------------------------------------------------------------------------
log "initial start: fresh data dir, migrations, demo data"
t0=$(now)
start_server "$OUT/server-init.log"
wait_for_200
INIT_S=$(elapsed "$t0" "$(now)")
get_token >/dev/null # demo users are created just after startup: wait until admin can log in
stop_server

START_S=() RSS_START=()
for ((i = 1; i <= STARTS; i++)); do
  t0=$(now)
  start_server "$OUT/server-warm$i.log"
  wait_for_200
  START_S+=("$(elapsed "$t0" "$(now)")")
  RSS_START+=("$(rss_mb "$JAVA_PID")")
  log "warm start $i: first 200 after ${START_S[-1]} s, RSS ${RSS_START[-1]} MB"
  ((i == STARTS)) || stop_server
done
START_MEDIAN=$(median "${START_S[@]}")
RSS_START_MAX=$(printf '%s\n' "${RSS_START[@]}" | sort -n | tail -1)

# ---- 3. load: API then pgbench, per concurrency (the server from the last warm start) ----------
TOKEN=$(get_token)
SID=$(jwt_claim "$TOKEN" sid)
[[ -n $SID ]] || die "no sid claim in the access token"
check_api_and_sql

log "warm-up: ${WARMUP} s of GET /api/v1/menus at 10 connections"
KELOLA_TOKEN=$TOKEN wrk -t2 -c10 -d"${WARMUP}s" -s bench/menus.lua "$URL" >"$OUT/wrk-warmup.txt"

declare -A API_RPS API_P95 API_ERR API_XACT API_MENUQ API_JVM_MS API_PG_MS API_TOOL_MS API_OTHERS
declare -A PGB_TPS PGB_AVG PGB_P95 PGB_PG_MS PGB_TOOL_MS PGB_OTHERS
for c in "${CLIENTS[@]}"; do
  log "wrk: ${DURATION} s at $c connections"
  read -r x0 m0 < <(db_counters)
  s0=$(cpu_snapshot)
  KELOLA_TOKEN=$TOKEN wrk -t2 -c"$c" -d"${DURATION}s" -s bench/menus.lua "$URL" >"$OUT/wrk-c$c.txt"
  s1=$(cpu_snapshot)
  read -r x1 m1 < <(db_counters)
  line=$(grep '^WRK_RESULT' "$OUT/wrk-c$c.txt") || die "wrk printed no result (see $OUT/wrk-c$c.txt)"
  n=$(field requests "$line")
  [[ $(field non2xx "$line") == 0 ]] || die "wrk got non-2xx answers at $c connections (token expired?)"
  ((n > 0)) || die "wrk completed no request at $c connections"
  API_RPS[$c]=$(field rps "$line")
  API_P95[$c]=$(awk -v us="$(field p95_us "$line")" 'BEGIN { printf "%.1f", us / 1000 }')
  API_ERR[$c]=$(field errors "$line")
  API_XACT[$c]=$(awk -v d=$((x1 - x0)) -v n="$n" 'BEGIN { printf "%.2f", d / n }')
  API_MENUQ[$c]=$(awk -v d=$((m1 - m0)) -v n="$n" 'BEGIN { printf "%.2f", d / n }')
  read -r API_JVM_MS["$c"] API_PG_MS["$c"] API_TOOL_MS["$c"] API_OTHERS["$c"] < <(cpu_per_op "$s0" "$s1" "$n")

  log "pgbench: ${DURATION} s at $c clients"
  s0=$(cpu_snapshot)
  pgbench -n -M prepared -f bench/menus.sql -c "$c" -j 2 -T "$DURATION" -D sid="$SID" -D role="$DEMO_ROLE" \
    -l --log-prefix="$OUT/pgbench-c$c-tx" -h 127.0.0.1 -p "$KELOLA_EMBEDDED_DB_PORT" -U postgres postgres \
    >"$OUT/pgbench-c$c.txt" 2>&1 || die "pgbench failed (see $OUT/pgbench-c$c.txt)"
  sleep 0.5 # let the postmaster reap the pgbench backends so their CPU is counted
  s1=$(cpu_snapshot)
  grep -q 'number of failed transactions: 0 ' "$OUT/pgbench-c$c.txt" || die "pgbench had failed transactions"
  PGB_TPS[$c]=$(awk '/^tps = / { printf "%.1f", $3 }' "$OUT/pgbench-c$c.txt")
  PGB_AVG[$c]=$(awk '/^latency average = / { printf "%.2f", $4 }' "$OUT/pgbench-c$c.txt")
  read -r PGB_P95["$c"] n < <(pgbench_log_p95 "$OUT"/pgbench-c"$c"-tx.*)
  rm -f "$OUT"/pgbench-c"$c"-tx.*
  read -r _ PGB_PG_MS["$c"] PGB_TOOL_MS["$c"] PGB_OTHERS["$c"] < <(cpu_per_op "$s0" "$s1" "$n")
done
RSS_AFTER=$(rss_mb "$JAVA_PID")
LOAD_AT_END=$(cut -d' ' -f1 /proc/loadavg)
PG_VERSION=$(psql_q "SHOW server_version")
stop_server

# ---- 4. report --------------------------------------------------------------------------------
ENTRY=$(write_entry)
printf '%s\n' "$ENTRY"
append_entry "$ENTRY"
log "appended to ${DOC#"$ROOT"/}; raw output in ${OUT#"$ROOT"/}"

# ---- 5. factory dashboard at 1M order lines (own server and data dir; 10M: make bench-dashboard) --
if [[ ${BENCH_SKIP_DASHBOARD:-0} != 1 ]]; then
  BENCH_DASH_LINES=${BENCH_DASH_LINES:-1000000} "$ROOT/bench/factory-dashboard.sh"
fi
