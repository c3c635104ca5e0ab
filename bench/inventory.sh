#!/usr/bin/env bash
# Inventory ledger benchmarks (part of `make bench`; see bench/README.md, "Inventory"):
#   1. reservation + issue through the API (bench/LedgerLoad.java) at 10 and 50 clients, each
#      followed at once by pgbench running the same SQL transactions (bench/ledger.sql)
#   2. a 1M-move ledger: stock-on-hand lookups through the API (wrk, bench/stock.lua) beside
#      pgbench running the API's SQL (bench/stock.sql)
# Appends one dated entry to docs/benchmarks.md. Only 127.0.0.1 is loaded; every wait is bounded.
# Exits non-zero only when the harness breaks — a missed goal is recorded as FAIL.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
OUT=$ROOT/var/bench/inventory-run
DOC=$ROOT/docs/benchmarks.md
export PORT=${BENCH_PORT:-18080}
export KELOLA_EMBEDDED_DB_PORT=${BENCH_DB_PORT:-15432}
export KELOLA_DATA_DIR=$ROOT/var/bench/pgdata-inventory
DURATION=${BENCH_DURATION:-15}
WARMUP=${BENCH_WARMUP:-45} # C2 keeps compiling for a while on 2 cores; measure the steady state
read -r -a CLIENTS <<<"${BENCH_CLIENTS:-10 50}"
NITEMS=50          # bench items the ledger clients spread over
MOVES=${BENCH_LEDGER_MOVES:-1000000}
DEMO_USER=gudang1 DEMO_PASSWORD=Kelola-Demo-2026
GOAL_RATIO=0.6 GOAL_P95_X=3
URL=http://127.0.0.1:$PORT
JAVA=${JAVA_HOME:-$("$ROOT/scripts/find-jdk.sh")}/bin/java

# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
# shellcheck source=bench/report.sh
source "$ROOT/bench/report.sh"
trap stop_server EXIT
trap 'exit 130' INT TERM

preflight
mkdir -p "$OUT"
rm -f "$OUT"/*
rm -rf "$KELOLA_DATA_DIR"
LOAD_AT_START=$(cut -d' ' -f1 /proc/loadavg)

api() { # $1 method, $2 path, $3 body → body; fails on non-2xx
  curl -s -f --max-time 30 -X "$1" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    ${3:+-d "$3"} "$URL$2"
}

log "fresh server (migrations, demo data)"
start_server "$OUT/server.log"
wait_for_200
TOKEN=$(get_token)
PG_VERSION=$(psql_q "SHOW server_version")

# ---- 1. reservation + issue -------------------------------------------------------------------
log "setup: $NITEMS bench items in warehouse BENCH-WH, 1e9 units each received through the API"
psql_q "INSERT INTO m_wh (code, name, zone) VALUES ('BENCH-WH', 'Gudang Benchmark', 'Z')" >/dev/null
psql_q "INSERT INTO m_item (code, name, category, uom, std_cost)
        SELECT 'BENCH-' || g, 'Barang Benchmark ' || g, 'Finished Goods', 'PCS', 1000 FROM generate_series(0, $NITEMS - 1) g" >/dev/null
ITEMS=""
for ((k = 0; k < NITEMS; k++)); do
  api POST /api/v1/inventory/receipts "{\"item\":\"BENCH-$k\",\"warehouse\":\"BENCH-WH\",\"qty\":1000000000,\"reason\":\"PURCHASE\",\"docType\":\"BENCH\",\"docRef\":\"SETUP\"}" >/dev/null ||
    die "receipt of BENCH-$k failed"
  ITEMS+="${ITEMS:+,}BENCH-$k"
done
WH_ID=$(psql_q "SELECT id FROM m_wh WHERE code = 'BENCH-WH'")
USR_ID=$(psql_q "SELECT id FROM adm_user WHERE username = '$DEMO_USER'")

ledger_load() { # $1 clients, $2 seconds, $3 output file
  timeout $(($2 + 120)) "$JAVA" -Xmx256m bench/LedgerLoad.java url="$URL" token="$TOKEN" clients="$1" seconds="$2" \
    items="$ITEMS" warehouse=BENCH-WH >"$3" 2>"$3.err" || die "LedgerLoad failed (see $3.err)"
  grep -q '^LOAD_RESULT' "$3" || die "LedgerLoad printed no result (see $3)"
  [[ $(field errors "$(grep '^LOAD_RESULT' "$3")") == 0 ]] || die "API errors during the ledger load: $(grep FIRST_ERROR "$3")"
}

log "warm-up: ${WARMUP} s of reservation + issue at 10 clients"
ledger_load 10 "$WARMUP" "$OUT/ledger-warmup.txt"
declare -A L_TPS L_P95 L_AVG P_TPS P_AVG P_P95
for c in "${CLIENTS[@]}"; do
  log "API: reservation + issue, ${DURATION} s at $c clients"
  ledger_load "$c" "$DURATION" "$OUT/ledger-c$c.txt"
  line=$(grep '^LOAD_RESULT' "$OUT/ledger-c$c.txt")
  L_TPS[$c]=$(field tps "$line") L_P95[$c]=$(field p95_ms "$line") L_AVG[$c]=$(field avg_ms "$line")
  log "pgbench: bench/ledger.sql, ${DURATION} s at $c clients"
  pgbench -n -M prepared -f bench/ledger.sql -c "$c" -j 2 -T "$DURATION" -D nitems="$NITEMS" -D wh="$WH_ID" -D usr="$USR_ID" \
    -l --log-prefix="$OUT/pgbench-ledger-c$c-tx" -h 127.0.0.1 -p "$KELOLA_EMBEDDED_DB_PORT" -U postgres postgres \
    >"$OUT/pgbench-ledger-c$c.txt" 2>&1 || die "pgbench failed (see $OUT/pgbench-ledger-c$c.txt)"
  grep -q 'number of failed transactions: 0 ' "$OUT/pgbench-ledger-c$c.txt" || die "pgbench had failed transactions"
  P_TPS[$c]=$(awk '/^tps = / { printf "%.1f", $3 }' "$OUT/pgbench-ledger-c$c.txt")
  P_AVG[$c]=$(awk '/^latency average = / { printf "%.2f", $4 }' "$OUT/pgbench-ledger-c$c.txt")
  read -r P_P95["$c"] _ < <(pgbench_log_p95 "$OUT"/pgbench-ledger-c"$c"-tx.*)
  rm -f "$OUT"/pgbench-ledger-c"$c"-tx.*
done
MISMATCHES=$(api GET /api/v1/inventory/consistency)
[[ $MISMATCHES == '[]' ]] || log "WARNING: the consistency check reports mismatches after the load: ${MISMATCHES:0:300}"

# ---- 2. 1M-move ledger: stock on hand ----------------------------------------------------------
source "$ROOT/bench/stock.sh"

LOAD_AT_END=$(cut -d' ' -f1 /proc/loadavg)
stop_server

# ---- 3. report --------------------------------------------------------------------------------
entry() {
  local c ratio x
  echo "## $(date -u '+%Y-%m-%d %H:%M UTC') ($(date -u -d '+7 hours' '+%Y-%m-%d %H:%M WIB')) — inventory ledger"
  echo
  printf -- '- Machine: %s cores, %s; PostgreSQL %s (embedded); %s. Commit %s.\n' "$(nproc)" \
    "$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)" "$PG_VERSION" "$(pgbench --version)" \
    "$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "- Load: ${DURATION} s per run after a ${WARMUP} s warm-up; 1-min load average $LOAD_AT_START at start, $LOAD_AT_END at end."
  echo "- One operation = reserve 1 unit + issue the reservation (two API calls, two transactions); clients spread over $NITEMS items."
  echo
  echo "| Goal | Measured | Target | Result |"
  echo "|---|---|---|---|"
  for c in "${CLIENTS[@]}"; do
    ratio=$(awk -v a="${L_TPS[$c]}" -v b="${P_TPS[$c]}" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
    echo "| Reservation + issue: API ops/s ÷ pgbench TPS at $c clients | ${ratio}× | ≥ ${GOAL_RATIO}× | $(pass "$ratio" ge "$GOAL_RATIO") |"
    x=$(awk -v a="${L_P95[$c]}" -v b="${P_AVG[$c]}" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
    echo "| Reservation + issue: API p95 ÷ pgbench mean latency at $c clients | ${x}× (${L_P95[$c]} ms vs ${P_AVG[$c]} ms) | ≤ ${GOAL_P95_X}× | $(pass "$x" le "$GOAL_P95_X") |"
  done
  stock_goal_rows
  echo
  echo "| Clients | API ops/s | API avg ms | API p95 ms | pgbench TPS | pgbench avg ms | pgbench p95 ms |"
  echo "|---|---|---|---|---|---|---|"
  for c in "${CLIENTS[@]}"; do
    echo "| $c | ${L_TPS[$c]} | ${L_AVG[$c]} | ${L_P95[$c]} | ${P_TPS[$c]} | ${P_AVG[$c]} | ${P_P95[$c]} |"
  done
  stock_table
  echo
  echo "Ledger consistency after the load (Σ moves = on hand, Σ active reservations = reserved): $([[ $MISMATCHES == '[]' ]] && echo consistent || echo MISMATCHES)."
}
ENTRY=$(entry)
printf '%s\n' "$ENTRY"
printf '\n%s\n' "$ENTRY" >>"$DOC"
log "appended to ${DOC#"$ROOT"/}; raw output in ${OUT#"$ROOT"/}"
