# shellcheck shell=bash
# Report for bench/run.sh: the dated Markdown entry and docs/benchmarks.md. Sourced, not executed.

join_comma() { local IFS=, s; s="$*"; echo "${s//,/, }"; }

pass() { awk -v v="$1" -v op="$2" -v g="$3" 'BEGIN { ok = (op == "le") ? v <= g : v >= g; print ok ? "PASS" : "FAIL" }'; }

machine_line() {
  local jdk_home cpu mem jdk heap gc
  jdk_home=${JAVA_HOME:-$("$ROOT/scripts/find-jdk.sh")}
  cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
  mem=$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
  jdk=$("$jdk_home/bin/java" -XshowSettings:properties -version 2>&1 |
    awk -F' = ' '/java.vendor = / { v = $2 } /java.runtime.version = / { r = $2 } END { print v " " r }')
  # shellcheck disable=SC2086 # KELOLA_JAVA_OPTS is a list of options, as in the Makefile
  read -r heap gc < <("$jdk_home/bin/java" ${KELOLA_JAVA_OPTS:-} -XX:+PrintFlagsFinal -version 2>/dev/null |
    awk '$2 == "MaxHeapSize" { h = $4 } $2 ~ /^Use(Serial|Parallel|G1|Z|Shenandoah|Epsilon)GC$/ && $4 == "true" { g = substr($2, 4) }
         END { printf "%.1f %s\n", h / 1073741824, g }')
  # shellcheck disable=SC2016 # the backticks are Markdown
  printf -- '- Machine: %s cores (`nproc`), %s, %s RAM; JDK %s; PostgreSQL %s (embedded); %s; %s.\n' \
    "$(nproc)" "$cpu" "$mem" "$jdk" "$PG_VERSION" "$(wrk -v 2>&1 | awk 'NR == 1 { print $1 " " $2 }')" "$(pgbench --version)"
  printf -- '- JVM options: %s (%s, max heap %s GiB). Commit %s.\n' "${KELOLA_JAVA_OPTS:-none}" "$gc" "$heap" \
    "$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$ROOT" diff --quiet HEAD -- server pom.xml 2>/dev/null || echo ' with uncommitted server changes')"
}

# Everything else on the machine during the runs, so busy-machine figures can be told apart.
busy_line() {
  local api="" pgb="" c
  for c in "${CLIENTS[@]}"; do api+="${API_OTHERS[$c]}/"; pgb+="${PGB_OTHERS[$c]}/"; done
  printf -- '- Machine load: 1-min load average %s at start, %s at end; other processes (not Kelola, its PostgreSQL, wrk or pgbench) used on average %s cores during the API runs and %s during the pgbench runs (at %s clients).\n' \
    "$LOAD_AT_START" "$LOAD_AT_END" "${api%/}" "${pgb%/}" "$(IFS=/; echo "${CLIENTS[*]}")"
  [[ -z ${BENCH_NOTE:-} ]] || printf -- '- Note: %s\n' "$BENCH_NOTE"
}

write_entry() {
  local c ratio
  echo "## $(date -u '+%Y-%m-%d %H:%M UTC') ($(date -u -d '+7 hours' '+%Y-%m-%d %H:%M WIB'))"
  echo
  machine_line
  busy_line
  echo "- Load: ${DURATION} s per run after a ${WARMUP} s warm-up; wrk -t2 -c N; pgbench -M prepared -j 2 -c N."
  echo
  echo "| Goal | Measured | Target | Result |"
  echo "|---|---|---|---|"
  echo "| Warm start: \`make run\` to first HTTP 200 (median of ${STARTS}) | ${START_MEDIAN} s ($(join_comma "${START_S[@]}")) | ≤ ${GOAL_START_S} s | $(pass "$START_MEDIAN" le "$GOAL_START_S") |"
  echo "| RSS of java after start (highest of ${STARTS}) | ${RSS_START_MAX} MB | ≤ ${GOAL_RSS_MB} MB | $(pass "$RSS_START_MAX" le "$GOAL_RSS_MB") |"
  echo "| RSS of java after the load | ${RSS_AFTER} MB | ≤ ${GOAL_RSS_MB} MB | $(pass "$RSS_AFTER" le "$GOAL_RSS_MB") |"
  for c in "${CLIENTS[@]}"; do
    ratio=$(awk -v a="${API_RPS[$c]}" -v b="${PGB_TPS[$c]}" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
    echo "| API req/s ÷ pgbench TPS at $c clients | ${ratio}× | ≥ ${GOAL_RATIO}× | $(pass "$ratio" ge "$GOAL_RATIO") |"
  done
  echo
  echo "First start on an empty data dir (initdb, migrations, demo data), not a goal: ${INIT_S} s."
  echo
  echo "| Clients | API req/s | API p95 ms | wrk socket errors | pgbench TPS | pgbench avg ms | pgbench p95 ms | Ratio |"
  echo "|---|---|---|---|---|---|---|---|"
  for c in "${CLIENTS[@]}"; do
    ratio=$(awk -v a="${API_RPS[$c]}" -v b="${PGB_TPS[$c]}" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
    echo "| $c | ${API_RPS[$c]} | ${API_P95[$c]} | ${API_ERR[$c]} | ${PGB_TPS[$c]} | ${PGB_AVG[$c]} | ${PGB_P95[$c]} | ${ratio}× |"
  done
  echo
  echo "Where the time goes — CPU ms per API request vs per pgbench transaction, and what PostgreSQL saw per request:"
  echo
  echo "| Clients | API: JVM | API: PostgreSQL | API: wrk | DB transactions / request | menu queries / request | pgbench: PostgreSQL | pgbench: client |"
  echo "|---|---|---|---|---|---|---|---|"
  for c in "${CLIENTS[@]}"; do
    echo "| $c | ${API_JVM_MS[$c]} | ${API_PG_MS[$c]} | ${API_TOOL_MS[$c]} | ${API_XACT[$c]} | ${API_MENUQ[$c]} | ${PGB_PG_MS[$c]} | ${PGB_TOOL_MS[$c]} |"
  done
}

append_entry() {
  mkdir -p "$(dirname "$DOC")"
  [[ -f $DOC ]] || cat >"$DOC" <<'EOF'
# Benchmarks

`make bench` measures Kelola on the machine it runs on and appends one dated entry below.
Every entry compares our path with a raw baseline measured in the same run, on the same machine,
so entries from different machines (or a busy machine) can still be read by their ratios.

What is measured (details in `bench/README.md`):

- **Warm start**: seconds from `make run` (jar already built, data dir already initialised) to the
  first HTTP 200 on `/login`; median of 3 starts. Goal ≤ 10 s.
- **RSS**: resident memory of the java process right after start and after the load. Goal ≤ 600 MB.
  The embedded PostgreSQL runs in its own processes and is not included.
- **Throughput**: authenticated `GET /api/v1/menus` with `wrk` (2 threads, 10 and 50 connections,
  15 s each after a 5 s warm-up) → requests/s and p95 latency. Right after each wrk run, `pgbench`
  runs the same SQL at the same concurrency (`bench/menus.sql`: the session/principal lookup by
  session uuid and the role menu query, one pgbench transaction per API request, prepared
  statements like the JDBC driver's). **Ratio** = API req/s ÷ pgbench TPS. Goal ≥ 0.7×.
- **Where the time goes** (no goal): CPU per request of the JVM, of PostgreSQL and of the load
  tool, and how many transactions and menu queries PostgreSQL saw per API request.

Load goes to 127.0.0.1 only. Each entry records the machine, the JDK, the PostgreSQL version and
how busy the machine was with other work, because that moves every figure.

Run it: `make bench` (installs `wrk` and `postgresql-client` on Debian when missing, builds the jar
if needed; takes about 3 minutes). Raw tool output of the latest run is in `var/bench/last-run/`.
EOF
  printf '\n%s\n' "$1" >>"$DOC"
}
