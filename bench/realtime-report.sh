# shellcheck shell=bash
# Report for bench/realtime.sh: the dated Markdown entry. Sourced, not executed.

rt_pass() { awk -v v="$1" -v op="$2" -v g="$3" 'BEGIN { if (v == "" || v < 0) { print "n/a"; exit } ok = (op == "le") ? v <= g : v >= g; print ok ? "PASS" : "FAIL" }'; }

rt_machine_line() {
  local cpu mem jdk
  cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
  mem=$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
  jdk=$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 |
    awk -F' = ' '/java.vendor = / { v = $2 } /java.runtime.version = / { r = $2 } END { print v " " r }')
  printf -- '- Machine: %s cores (`nproc`), %s, %s RAM; JDK %s; PostgreSQL %s (embedded); %s.\n' \
    "$(nproc)" "$cpu" "$mem" "$jdk" "${PG_VERSION:-?}" "$(nats-server --version 2>&1 | head -1)"
  printf -- '- JVM options: %s. Commit %s.\n' "$KELOLA_JAVA_OPTS" \
    "$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$ROOT" diff --quiet HEAD -- server pom.xml 2>/dev/null || echo ' with uncommitted server changes')"
  printf -- '- Machine load: 1-min load average %s at start, %s at end (`uptime` at start: %s). Other work may be running on this machine; the load driver runs on the same 2 cores as the server.\n' \
    "$LOAD_AT_START" "$LOAD_AT_END" "$(sed 's/^ *//' <<<"$UPTIME_AT_START")"
  [[ -z ${BENCH_NOTE:-} ]] || printf -- '- Note: %s\n' "$BENCH_NOTE"
}

write_realtime_entry() {
  local n h s ratio worse
  echo "## $(date -u '+%Y-%m-%d %H:%M UTC') ($(date -u -d '+7 hours' '+%Y-%m-%d %H:%M WIB')) — realtime (\`make bench-realtime\`)"
  echo
  rt_machine_line
  echo "- Fanout load: per client count a fresh server (embedded event mode); streams on \`GET /events\` spread evenly over sari.manager (MANAGER), qc.supervisor, sari.gudang, sari.operator; ${RATE} events/s for ${WINDOW} s over 13 subjects (half owned by sari.operator), each one outbox row inserted by psql in its own transaction; latency = \`occurred_at\` (set at insert, just before commit) → line read by the client, after a 10 s warm-up at the same rate that is not recorded. Then the same with ${STALLED_PCT} % of the streams never read."
  echo "- Relay load: server in NATS mode against a local nats-server (JetStream, file storage); ${RELAY_EVENTS} outbox rows in one transaction → time from commit until the last \`published_at\`; raw = jnats \`publishAsync\` of the same ${RELAY_EVENTS} payloads to a stream configured the same way, all acks awaited. Both paths are warmed up first with as many messages, not timed; the relay's subjects are ones no work queue consumes."
  echo
  echo "| Goal | Measured | Target | Result |"
  echo "|---|---|---|---|"
  for n in "${CLIENTS[@]}"; do
    if [[ -n ${FAIL[$n]:-} ]]; then
      echo "| Fanout at $n clients | not measured: ${FAIL[$n]//|/\\|} | | n/a |"
      continue
    fi
    h=${RES[$n.healthy]} s=${RES[$n.stalled]}
    echo "| p99 commit → receive, $n clients | $(field p99_ms "$h") ms | ≤ ${GOAL_P99_MS} ms | $(rt_pass "$(field p99_ms "$h")" le "$GOAL_P99_MS") |"
    echo "| Server RSS per connection, $n clients | $(field rss_per_conn_kb "$h") KB (heap $(field heap_per_conn_kb "$h") KB) | ≤ ${GOAL_KB} KB | $(rt_pass "$(field rss_per_conn_kb "$h")" le "$GOAL_KB") |"
    worse=$(awk -v a="$(field p99_ms "$h")" -v b="$(field p99_ms "$s")" 'BEGIN { if (a <= 0 || b < 0) print -1; else printf "%.0f", (b - a) * 100 / a }')
    echo "| Healthy p99 with ${STALLED_PCT} % stalled vs none, $n clients | $(field p99_ms "$s") vs $(field p99_ms "$h") ms (${worse} %) | ≤ +${GOAL_STALL_PCT} % | $( ((worse < 0)) && echo PASS || rt_pass "$worse" le "$GOAL_STALL_PCT") |"
  done
  if [[ -n ${RELAY_RATE:-} ]]; then
  ratio=$(awk -v a="$RELAY_RATE" -v b="$RAW_RATE" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
  echo "| Relay events/s ÷ raw jnats async events/s | ${ratio}× (${RELAY_RATE} vs ${RAW_RATE}) | ≥ ${GOAL_RELAY}× | $(rt_pass "$ratio" ge "$GOAL_RELAY") |"
  fi
  echo
  echo "| Clients | Phase | Healthy / stalled streams | Connect s | Delivered msgs/s | Delivered / expected | p50 ms | p99 ms | max ms | Slow-client drops | RSS before → connected MB |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
  for n in "${CLIENTS[@]}"; do
    [[ -z ${FAIL[$n]:-} ]] || continue
    for phase in healthy stalled; do
      s=${RES[$n.$phase]}
      echo "| $n | $phase | $(field healthy "$s") / $(field stalled "$s") | $(field connect_s "$s") | $(field msgs_per_s "$s") | $(field delivered "$s") / $(field expected "$s") | $(field p50_ms "$s") | $(field p99_ms "$s") | $(field max_ms "$s") | $(field server_drops "$s") | $( [[ $phase == healthy ]] && echo "$(field rss_base_mb "$s") → $(field rss_connected_mb "$s")") |"
    done
  done
  [[ -n ${RELAY_RATE:-} ]] || return 0
  echo
  echo "Relay: ${RELAY_EVENTS} events in ${RELAY_S} s from commit (outbox → JetStream in batches of kelola.events.batch-size, each published asynchronously with its acks collected in order); raw jnats async: ${RAW_S} s. CPU ms per 1,000 events while the relay ran: ${RELAY_CPU}; nats-server during the raw run: ${RAW_NATS_CPU}."
}
