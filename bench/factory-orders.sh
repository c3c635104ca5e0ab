#!/usr/bin/env bash
# Sales order benchmark (part of `make bench`; see bench/README.md, "Factory"): create + submit +
# approve (credit check and stock reservation) through the API (bench/OrderLoad.java) at 10 and 50
# clients, each followed at once by pgbench running the same SQL transactions (bench/orders.sql).
# Goal (issue "Sentient Factory ERP core" §6): API orders/s ≥ 0.6 × pgbench TPS.
# Appends one dated entry to docs/benchmarks.md. Only 127.0.0.1 is loaded; every wait is bounded.
# Exits non-zero only when the harness breaks — a missed goal is recorded as FAIL.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
OUT=$ROOT/var/bench/orders-run
DOC=$ROOT/docs/benchmarks.md
export PORT=${BENCH_PORT:-18080}
export KELOLA_EMBEDDED_DB_PORT=${BENCH_DB_PORT:-15432}
export KELOLA_DATA_DIR=$ROOT/var/bench/pgdata-orders
DURATION=${BENCH_DURATION:-15}
WARMUP=${BENCH_WARMUP:-45} # C2 keeps compiling for a while on 2 cores; measure the steady state
read -r -a CLIENTS <<<"${BENCH_CLIENTS:-10 50}"
NITEMS=50
DEMO_PASSWORD=Kelola-Demo-2026
GOAL_RATIO=0.6
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

token_of() { DEMO_USER=$1 get_token; }

log "fresh server (migrations, demo data)"
start_server "$OUT/server.log"
wait_for_200
STORE_TOKEN=$(token_of gudang1)
STAFF_TOKEN=$(token_of sales1)
MANAGER_TOKEN=$(token_of john.doe)
PG_VERSION=$(psql_q "SHOW server_version")

log "setup: customer BENCH-CUST, $NITEMS items in BENCH-WH with 1e9 units each (received through the API)"
psql_q "INSERT INTO m_wh (code, name, zone) VALUES ('BENCH-WH', 'Gudang Benchmark', 'Z')" >/dev/null
psql_q "INSERT INTO m_cust (code, name, credit_lim) VALUES ('BENCH-CUST', 'PT Benchmark', 1000000000000000)" >/dev/null
psql_q "INSERT INTO m_item (code, name, category, uom, std_cost, sell_price)
        SELECT 'BENCH-' || g, 'Barang Benchmark ' || g, 'Finished Goods', 'PCS', 700, 1000
        FROM generate_series(0, $NITEMS - 1) g" >/dev/null
ITEMS=""
for ((k = 0; k < NITEMS; k++)); do
  curl -s -f --max-time 30 -X POST -H "Authorization: Bearer $STORE_TOKEN" -H 'Content-Type: application/json' \
    -d "{\"item\":\"BENCH-$k\",\"warehouse\":\"BENCH-WH\",\"qty\":1000000000,\"reason\":\"PURCHASE\",\"docType\":\"BENCH\",\"docRef\":\"SETUP\"}" \
    "$URL/api/v1/inventory/receipts" >/dev/null || die "receipt of BENCH-$k failed"
  ITEMS+="${ITEMS:+,}BENCH-$k"
done
WH_ID=$(psql_q "SELECT id FROM m_wh WHERE code = 'BENCH-WH'")
USR_ID=$(psql_q "SELECT id FROM adm_user WHERE username = 'sales1'")
MGR_ID=$(psql_q "SELECT id FROM adm_user WHERE username = 'john.doe'")

order_load() { # $1 clients, $2 seconds, $3 output file
  timeout $(($2 + 120)) "$JAVA" -Xmx256m bench/OrderLoad.java url="$URL" staffToken="$STAFF_TOKEN" \
    managerToken="$MANAGER_TOKEN" clients="$1" seconds="$2" items="$ITEMS" customer=BENCH-CUST warehouse=BENCH-WH \
    >"$3" 2>"$3.err" || die "OrderLoad failed (see $3.err)"
  grep -q '^LOAD_RESULT' "$3" || die "OrderLoad printed no result (see $3)"
  [[ $(field errors "$(grep '^LOAD_RESULT' "$3")") == 0 ]] || die "API errors during the order load: $(grep FIRST_ERROR "$3")"
}

log "warm-up: ${WARMUP} s of create + submit + approve at 10 clients"
order_load 10 "$WARMUP" "$OUT/orders-warmup.txt"
declare -A A_TPS A_P95 A_AVG P_TPS P_AVG P_P95 A_CPU P_CPU
for c in "${CLIENTS[@]}"; do
  log "API: create + submit + approve, ${DURATION} s at $c clients"
  s0=$(cpu_snapshot)
  order_load "$c" "$DURATION" "$OUT/orders-c$c.txt"
  s1=$(cpu_snapshot)
  line=$(grep '^LOAD_RESULT' "$OUT/orders-c$c.txt")
  A_TPS[$c]=$(field tps "$line") A_P95[$c]=$(field p95_ms "$line") A_AVG[$c]=$(field avg_ms "$line")
  A_CPU[$c]=$(cpu_per_op "$s0" "$s1" "$(field ops "$line")") # JVM, PostgreSQL, driver ms/op, other cores
  log "pgbench: bench/orders.sql, ${DURATION} s at $c clients"
  s0=$(cpu_snapshot)
  pgbench -n -M prepared -f bench/orders.sql -c "$c" -j 2 -T "$DURATION" -D nitems="$NITEMS" -D wh="$WH_ID" \
    -D usr="$USR_ID" -D mgr="$MGR_ID" -l --log-prefix="$OUT/pgbench-orders-c$c-tx" \
    -h 127.0.0.1 -p "$KELOLA_EMBEDDED_DB_PORT" -U postgres postgres \
    >"$OUT/pgbench-orders-c$c.txt" 2>&1 || die "pgbench failed (see $OUT/pgbench-orders-c$c.txt)"
  sleep 0.5 # let the postmaster reap the pgbench backends so their CPU is counted
  s1=$(cpu_snapshot)
  grep -q 'number of failed transactions: 0 ' "$OUT/pgbench-orders-c$c.txt" || die "pgbench had failed transactions"
  P_TPS[$c]=$(awk '/^tps = / { printf "%.1f", $3 }' "$OUT/pgbench-orders-c$c.txt")
  P_AVG[$c]=$(awk '/^latency average = / { printf "%.2f", $4 }' "$OUT/pgbench-orders-c$c.txt")
  read -r P_P95["$c"] n < <(pgbench_log_p95 "$OUT"/pgbench-orders-c"$c"-tx.*)
  P_CPU[$c]=$(cpu_per_op "$s0" "$s1" "$n")
  rm -f "$OUT"/pgbench-orders-c"$c"-tx.*
done
# the numbers must still be gapless after both paths took them from one counter
GAPS=$(psql_q "SELECT count(*) - max(split_part(so_no, '-', 3)::int) FROM t_so
               WHERE so_no LIKE 'SO-' || to_char(now() AT TIME ZONE 'Asia/Jakarta', 'YYYYMM') || '-%'")
APPROVED=$(psql_q "SELECT count(*) FROM t_so s JOIN m_cust c ON c.id = s.cust_id WHERE c.code = 'BENCH-CUST' AND s.status = 'Approved'")
LOAD_AT_END=$(cut -d' ' -f1 /proc/loadavg)
stop_server

entry() {
  local c ratio
  echo "## $(date -u '+%Y-%m-%d %H:%M UTC') ($(date -u -d '+7 hours' '+%Y-%m-%d %H:%M WIB')) — factory sales orders"
  echo
  printf -- '- Machine: %s cores, %s; PostgreSQL %s (embedded); %s. Commit %s.\n' "$(nproc)" \
    "$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)" "$PG_VERSION" "$(pgbench --version)" \
    "$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "- Load: ${DURATION} s per run after a ${WARMUP} s warm-up; 1-min load average $LOAD_AT_START at start, $LOAD_AT_END at end."
  echo "- One operation = create a one-line order + submit it (sales staff) + approve it with the credit check and stock reservation (sales manager): three API calls, three transactions; clients spread over $NITEMS items."
  echo
  echo "| Goal | Measured | Target | Result |"
  echo "|---|---|---|---|"
  for c in "${CLIENTS[@]}"; do
    ratio=$(awk -v a="${A_TPS[$c]}" -v b="${P_TPS[$c]}" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
    echo "| SO create + approve: API orders/s ÷ pgbench TPS at $c clients | ${ratio}× | ≥ ${GOAL_RATIO}× | $(pass "$ratio" ge "$GOAL_RATIO") |"
  done
  echo
  echo "| Clients | API orders/s | API avg ms | API p95 ms | pgbench TPS | pgbench avg ms | pgbench p95 ms |"
  echo "|---|---|---|---|---|---|---|"
  for c in "${CLIENTS[@]}"; do
    echo "| $c | ${A_TPS[$c]} | ${A_AVG[$c]} | ${A_P95[$c]} | ${P_TPS[$c]} | ${P_AVG[$c]} | ${P_P95[$c]} |"
  done
  echo
  echo "CPU per order (ms; the server, PostgreSQL and the load tool share the machine's $(nproc) cores):"
  echo
  echo "| Clients | API: JVM | API: PostgreSQL | API: load driver | pgbench: PostgreSQL | pgbench: pgbench |"
  echo "|---|---|---|---|---|---|"
  for c in "${CLIENTS[@]}"; do
    read -r aj ap ad _ <<<"${A_CPU[$c]}"
    read -r _ pp pd _ <<<"${P_CPU[$c]}"
    echo "| $c | $aj | $ap | $ad | $pp | $pd |"
  done
  echo
  echo "After both paths: $APPROVED approved bench orders; numbers of this month gapless: $([[ $GAPS == 0 ]] && echo yes || echo "NO ($GAPS)")."
}
ENTRY=$(entry)
printf '%s\n' "$ENTRY"
printf '\n%s\n' "$ENTRY" >>"$DOC"
log "appended to ${DOC#"$ROOT"/}; raw output in ${OUT#"$ROOT"/}"
