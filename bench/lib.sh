# shellcheck shell=bash
# Helpers for bench/run.sh: server start/stop, readiness, process figures, PostgreSQL counters.
# Sourced, not executed. Expects ROOT, PORT, KELOLA_DATA_DIR, KELOLA_EMBEDDED_DB_PORT, OUT to be set.

MAKE_PID=""   # the `make run` we started, while it runs
JAVA_PID=""   # its java child
CLK_TCK=$(getconf CLK_TCK)

log() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; } # seconds from $1 to $2

port_free() { [[ -z $(ss -Hltn "sport = :$1") ]]; }

# The first java process below $1 (make runs the recipe through a shell, or execs it directly).
java_below() {
  local pid=$1 child
  for child in $(pgrep -P "$pid" || true); do
    if [[ $(cat "/proc/$child/comm" 2>/dev/null) == java ]]; then echo "$child"; return 0; fi
    java_below "$child" && return 0
  done
  return 1
}

# Starts `make run` in the background with the bench ports and data dir; log goes to $1.
start_server() {
  ( cd "$ROOT" && exec make --no-print-directory run ) >"$1" 2>&1 &
  MAKE_PID=$!
  JAVA_PID=""
}

# Polls GET /login every 100 ms until HTTP 200, then the readiness probe until it is UP (demo data
# loads after the port opens, and would otherwise share the CPU with the measurement); fails after
# 60 s or when make exits.
wait_for_200() {
  local deadline code
  deadline=$(awk -v t="$(now)" 'BEGIN { printf "%.3f", t + 60 }')
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$PORT/login" || true)
    [[ $code == 200 ]] &&
      [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$PORT/actuator/health/readiness" || true) == 200 ]] &&
      break
    kill -0 "$MAKE_PID" 2>/dev/null || die "make run exited before answering (see $OUT/server-*.log)"
    awk -v t="$(now)" -v d="$deadline" 'BEGIN { exit !(t > d) }' && die "no HTTP 200 from /login within 60 s"
    sleep 0.1
  done
  JAVA_PID=$(java_below "$MAKE_PID") || die "could not find the java process of make run"
}

# Graceful stop: SIGTERM to java (Spring closes the embedded PostgreSQL), then wait for make.
stop_server() {
  [[ -n $MAKE_PID ]] || return 0
  [[ -n $JAVA_PID ]] || JAVA_PID=$(java_below "$MAKE_PID" || true)
  if [[ -n $JAVA_PID ]]; then kill -TERM "$JAVA_PID" 2>/dev/null || true; fi
  local i
  for ((i = 0; i < 300; i++)); do kill -0 "$MAKE_PID" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$MAKE_PID" 2>/dev/null; then
    log "server did not stop within 30 s; killing it"
    if [[ -n $JAVA_PID ]]; then kill -KILL "$JAVA_PID" 2>/dev/null || true; fi
    kill -TERM "$MAKE_PID" 2>/dev/null || true
  fi
  wait "$MAKE_PID" 2>/dev/null || true
  stop_orphan_postgres
  MAKE_PID="" JAVA_PID=""
}

# If java died hard, the embedded PostgreSQL of our data dir survives it: fast-stop that one.
stop_orphan_postgres() {
  local pm
  pm=$(postmaster_pid) || return 0
  grep -qF -- "$KELOLA_DATA_DIR" "/proc/$pm/cmdline" 2>/dev/null || return 0
  log "stopping leftover embedded PostgreSQL (pid $pm)"
  kill -INT "$pm" 2>/dev/null || true
  local i
  for ((i = 0; i < 100; i++)); do kill -0 "$pm" 2>/dev/null || return 0; sleep 0.1; done
}

postmaster_pid() {
  local pm
  [[ -f $KELOLA_DATA_DIR/postmaster.pid ]] || return 1
  pm=$(head -1 "$KELOLA_DATA_DIR/postmaster.pid")
  [[ -n $pm ]] && kill -0 "$pm" 2>/dev/null && echo "$pm"
}

rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

# CPU ticks of one process: own user+system, plus reaped children's when $2 = all.
ticks() {
  sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null |
    awk -v all="${2:-own}" '{ t = $12 + $13; if (all == "all") t += $14 + $15; print t }' || echo 0
}

# All CPU spent by our PostgreSQL: the postmaster, its live children and those already gone.
pg_ticks() {
  local pm total child
  pm=$(postmaster_pid) || { echo 0; return; }
  total=$(ticks "$pm" all)
  for child in $(pgrep -P "$pm" || true); do total=$((total + $(ticks "$child"))); done
  echo "$total"
}

psql_q() { psql -X -q -At -h 127.0.0.1 -p "$KELOLA_EMBEDDED_DB_PORT" -U postgres -d postgres -c "$1"; }

# "<committed transactions> <adm_role_menu scans>" (one scan per menu query) of our database.
# Backends publish these counters lazily — an idle backend can hold them for up to 10 s — so this
# waits STATS_SETTLE seconds first. The reading itself adds a couple of transactions: noise.
STATS_SETTLE=11
db_counters() {
  sleep "$STATS_SETTLE"
  psql_q "SELECT (SELECT xact_commit FROM pg_stat_database WHERE datname = 'postgres') || ' ' ||
                 (SELECT coalesce(seq_scan, 0) + coalesce(idx_scan, 0) FROM pg_stat_user_tables WHERE relname = 'adm_role_menu')"
}

# Median of the arguments.
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# p95 (ms) and count of the per-transaction latencies (µs, 3rd field) in pgbench -l logs.
pgbench_log_p95() {
  cat "$@" | awk '{ print $3 }' | sort -n | awk '{ v[NR] = $1 } END { i = int(NR * 0.95 + 0.999999); if (i < 1) i = 1; printf "%.2f %d\n", v[i] / 1000, NR }'
}

# Value of key=value in a WRK_RESULT line.
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<" $2"; }

# An access token for the demo admin; retried for up to 30 s while demo data is being loaded.
get_token() {
  local body="{\"username\":\"$DEMO_USER\",\"password\":\"$DEMO_PASSWORD\"}" resp="" i
  for ((i = 0; i < 60; i++)); do
    resp=$(curl -s -f --max-time 5 -X POST -H 'Content-Type: application/json' -d "$body" "$URL/api/v1/auth/token" || true)
    [[ $resp == *'"access_token"'* ]] && break
    sleep 0.5
  done
  [[ $resp == *'"access_token"'* ]] || die "could not get an access token for $DEMO_USER"
  sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p' <<<"$resp"
}

# Claim $2 of JWT $1 (string claims only): base64url-decodes the middle part.
jwt_claim() {
  local payload
  payload=$(cut -d. -f2 <<<"$1" | tr '_-' '/+')
  while ((${#payload} % 4)); do payload+='='; done
  base64 -d <<<"$payload" 2>/dev/null | sed -n "s/.*\"$2\":\"\([^\"]*\)\".*/\1/p"
}

# Both sides must be doing real work: the API answers 200 with a menu tree, and bench/menus.sql
# finds the session row (first line, 2nd column = sid) and at least one menu row.
check_api_and_sql() {
  local body rows
  body=$(curl -s -f --max-time 5 -H "Authorization: Bearer $TOKEN" "$URL/api/v1/menus") || die "GET /api/v1/menus failed"
  [[ $body == '[{'* ]] || die "GET /api/v1/menus returned no menu tree: ${body:0:200}"
  rows=$(psql -X -q -At -v ON_ERROR_STOP=1 -v sid="'$SID'" -v role="'$DEMO_ROLE'" -h 127.0.0.1 \
    -p "$KELOLA_EMBEDDED_DB_PORT" -U postgres -d postgres -f bench/menus.sql) || die "bench/menus.sql failed in psql"
  [[ $(head -1 <<<"$rows" | cut -d'|' -f2) == "$SID" ]] || die "bench/menus.sql does not find session $SID"
  (($(wc -l <<<"$rows") >= 2)) || die "bench/menus.sql returns no menu rows for $DEMO_ROLE"
}

# "<time> <busy ticks of all CPUs> <java ticks> <our PostgreSQL ticks> <ticks of our finished children>"
cpu_snapshot() {
  local busy tool jvm=0
  busy=$(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9; exit }' /proc/stat)
  tool=$(sed 's/^.*) //' "/proc/$$/stat" | awk '{ print $14 + $15 }')
  [[ -n $JAVA_PID ]] && jvm=$(ticks "$JAVA_PID")
  echo "$(now) $busy $jvm $(pg_ticks) $tool"
}

# Between two snapshots, for $3 operations: "<JVM ms/op> <PostgreSQL ms/op> <load tool ms/op>
# <cores used by everything else on the machine, on average>".
cpu_per_op() {
  awk -v a="$1" -v b="$2" -v n="$3" -v hz="$CLK_TCK" 'BEGIN {
    split(a, x, " "); split(b, y, " ")
    wall = y[1] - x[1]; busy = y[2] - x[2]; jvm = y[3] - x[3]; pg = y[4] - x[4]; tool = y[5] - x[5]
    others = (busy - jvm - pg - tool) / hz / wall; if (others < 0) others = 0
    printf "%.3f %.3f %.3f %.2f\n", jvm * 1000 / hz / n, pg * 1000 / hz / n, tool * 1000 / hz / n, others }'
}

# bench/menus.sql must stay the SQL the app runs: compares it, whitespace-normalised, with the
# PRINCIPAL text block of SessionRepository (+ "s.uuid = :uuid") and MenuService.ROLE_MENU_SQL.
check_sql_in_step() {
  local src=$ROOT/server/src/main/java/io/kelola/identity/domain java_principal java_menu bench_principal bench_menu
  norm() { tr -s ' \n\t' '   ' | sed 's/^ //; s/ $//; s/;$//'; }
  java_principal="$(sed -n '/String PRINCIPAL = """/,/"""/p' "$src/SessionRepository.java" | sed '1d; s/\\s""";$//' | norm) s.uuid = :uuid"
  java_menu=$(sed -n '/String ROLE_MENU_SQL = """/,/"""/p' "$src/MenuService.java" | sed '1d; s/""";$//' | norm)
  bench_principal=$(sed -n '/^SELECT s\.id/,/;$/p' "$ROOT/bench/menus.sql" | sed 's/:sid;$/:uuid/' | norm)
  bench_menu=$(sed -n '/^SELECT m\.id/,/;$/p' "$ROOT/bench/menus.sql" | norm)
  [[ $bench_principal == "$java_principal" ]] || die "bench/menus.sql: the principal query differs from SessionRepository.PRINCIPAL"
  [[ $bench_menu == "$java_menu" ]] || die "bench/menus.sql: the menu query differs from MenuService.ROLE_MENU_SQL"
}

# Tools, an up-to-date jar and free ports, or a clear reason to stop (bench/run.sh, bench/inventory.sh).
preflight() {
  local cmd p
  for cmd in make curl wrk pgbench psql ss awk pgrep; do
    command -v "$cmd" >/dev/null || die "$cmd is missing (make bench installs wrk and postgresql-client)"
  done
  make --no-print-directory -q server/target/kelola-server.jar ||
    die "server/target/kelola-server.jar is missing or older than the sources: run 'make bench' (it builds first)"
  for p in "$PORT" "$KELOLA_EMBEDDED_DB_PORT"; do port_free "$p" || die "port $p is in use; set BENCH_PORT / BENCH_DB_PORT"; done
}
