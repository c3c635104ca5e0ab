# shellcheck shell=bash
# Part 2 of bench/inventory.sh (sourced): a ledger of $MOVES moves over $STOCK_ITEMS items × 5
# warehouses, then stock-on-hand lookups through the API (wrk + bench/stock.lua) beside pgbench
# running the same SQL (bench/stock.sql). The moves and balances are written with SQL in one go —
# the figure is about reading a big ledger, not about writing it.
STOCK_ITEMS=${BENCH_STOCK_ITEMS:-2000}
GOAL_STOCK_P95_X=3 # the reservation goal's form: API p95 ≤ 3 × pgbench mean latency on the same SQL

log "1M-move ledger: $MOVES moves over $STOCK_ITEMS items × 5 warehouses (SQL bulk load)"
T0=$(now)
psql_q "INSERT INTO m_wh (code, name, zone) SELECT 'BWH-' || g, 'Gudang Uji ' || g, 'Z' FROM generate_series(1, 5) g" >/dev/null
psql_q "INSERT INTO m_item (code, name, category, uom, std_cost, reorder_pt)
        SELECT 'BLD-' || lpad(g::text, 4, '0'), 'Barang Ledger ' || g, 'Raw Material', 'KG', 1000, 100
        FROM generate_series(1, $STOCK_ITEMS) g" >/dev/null
# 3 of 5 moves are receipts of 10, 2 of 5 issues of 5: every balance ends positive.
psql_q "INSERT INTO t_inv_move (item_id, wh_from, wh_to, qty, move_type, reason, doc_type, doc_ref, created_at, created_by)
        SELECT i.id, CASE WHEN g % 5 < 3 THEN NULL ELSE w.id END, CASE WHEN g % 5 < 3 THEN w.id END,
               CASE WHEN g % 5 < 3 THEN 10 ELSE 5 END, CASE WHEN g % 5 < 3 THEN 'IN' ELSE 'OUT' END,
               CASE WHEN g % 5 < 3 THEN 'PURCHASE' ELSE 'SALE' END, 'BENCH', 'L-' || g,
               now() - make_interval(secs => $MOVES - g), $USR_ID
        FROM generate_series(1, $MOVES) g
        JOIN m_item i ON i.code = 'BLD-' || lpad((1 + (g / 5) % $STOCK_ITEMS)::text, 4, '0')
        JOIN m_wh w ON w.code = 'BWH-' || (1 + (g / (5 * $STOCK_ITEMS)) % 5)" >/dev/null
psql_q "INSERT INTO t_inv (item_id, wh_id, qty_on_hand, last_move_dt)
        SELECT item_id, wh, sum(q), max(created_at)::date FROM (
          SELECT item_id, wh_to AS wh, qty AS q, created_at FROM t_inv_move WHERE wh_to IS NOT NULL AND doc_type = 'BENCH' AND doc_ref LIKE 'L-%'
          UNION ALL
          SELECT item_id, wh_from, -qty, created_at FROM t_inv_move WHERE wh_from IS NOT NULL AND doc_type = 'BENCH' AND doc_ref LIKE 'L-%') m
        GROUP BY item_id, wh" >/dev/null
psql_q "ANALYZE" >/dev/null
LOAD_S=$(elapsed "$T0" "$(now)")
TOTAL_MOVES=$(psql_q "SELECT count(*) FROM t_inv_move")
log "ledger loaded in $LOAD_S s: $TOTAL_MOVES moves in t_inv_move"
body=$(api GET "/api/v1/inventory/stock?q=BLD-0001&wh=BWH-1")
[[ $body == *'"BLD-0001"'* ]] || die "GET /api/v1/inventory/stock does not find BLD-0001: ${body:0:200}"

KELOLA_TOKEN=$TOKEN BENCH_ITEMS=$STOCK_ITEMS wrk -t2 -c10 -d"${WARMUP}s" -s bench/stock.lua "$URL" >"$OUT/wrk-stock-warmup.txt"
declare -A S_RPS S_P95 SP_TPS SP_AVG SP_P95
for c in "${CLIENTS[@]}"; do
  log "stock on hand: wrk ${DURATION} s at $c connections"
  KELOLA_TOKEN=$TOKEN BENCH_ITEMS=$STOCK_ITEMS wrk -t2 -c"$c" -d"${DURATION}s" -s bench/stock.lua "$URL" >"$OUT/wrk-stock-c$c.txt"
  line=$(grep '^WRK_RESULT' "$OUT/wrk-stock-c$c.txt") || die "wrk printed no result"
  [[ $(field non2xx "$line") == 0 ]] || die "non-2xx answers from the stock API at $c connections"
  S_RPS[$c]=$(field rps "$line")
  S_P95[$c]=$(awk -v us="$(field p95_us "$line")" 'BEGIN { printf "%.1f", us / 1000 }')
  log "stock on hand: pgbench ${DURATION} s at $c clients"
  pgbench -n -M prepared -f bench/stock.sql -c "$c" -j 2 -T "$DURATION" -D items="$STOCK_ITEMS" \
    -l --log-prefix="$OUT/pgbench-stock-c$c-tx" -h 127.0.0.1 -p "$KELOLA_EMBEDDED_DB_PORT" -U postgres postgres \
    >"$OUT/pgbench-stock-c$c.txt" 2>&1 || die "pgbench failed (see $OUT/pgbench-stock-c$c.txt)"
  SP_TPS[$c]=$(awk '/^tps = / { printf "%.1f", $3 }' "$OUT/pgbench-stock-c$c.txt")
  SP_AVG[$c]=$(awk '/^latency average = / { printf "%.2f", $4 }' "$OUT/pgbench-stock-c$c.txt")
  read -r SP_P95["$c"] _ < <(pgbench_log_p95 "$OUT"/pgbench-stock-c"$c"-tx.*)
  rm -f "$OUT"/pgbench-stock-c"$c"-tx.*
done

stock_goal_rows() {
  local c x
  for c in "${CLIENTS[@]}"; do
    x=$(awk -v a="${S_P95[$c]}" -v b="${SP_AVG[$c]}" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
    echo "| Stock on hand, ${TOTAL_MOVES}-move ledger: API p95 ÷ pgbench mean latency at $c clients | ${x}× (${S_P95[$c]} ms vs ${SP_AVG[$c]} ms) | ≤ ${GOAL_STOCK_P95_X}× | $(pass "$x" le "$GOAL_STOCK_P95_X") |"
  done
}

stock_table() {
  local c
  echo
  echo "Stock on hand on a ledger of ${TOTAL_MOVES} moves ($STOCK_ITEMS items × 5 warehouses, loaded in ${LOAD_S} s); one request = count + first page for one item in one warehouse:"
  echo
  echo "| Clients | API req/s | API p95 ms | pgbench TPS | pgbench avg ms | pgbench p95 ms | Ratio |"
  echo "|---|---|---|---|---|---|---|"
  for c in "${CLIENTS[@]}"; do
    echo "| $c | ${S_RPS[$c]} | ${S_P95[$c]} | ${SP_TPS[$c]} | ${SP_AVG[$c]} | ${SP_P95[$c]} | $(awk -v a="${S_RPS[$c]}" -v b="${SP_TPS[$c]}" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')× |"
  done
}
