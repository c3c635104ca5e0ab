#!/usr/bin/env bash
# `make bench-realtime`: SSE fanout and outbox → NATS relay throughput on this machine, appended to
# docs/benchmarks.md. See bench/README.md ("Realtime") for what each number means.
#
#   1. fanout: per client count, a fresh server (embedded mode); bench/SseFanout.java opens the
#      streams, inserts outbox rows at 50 events/s and measures commit → receipt, first with every
#      client reading, then with 5 % of them stalled
#   2. relay: the server in NATS mode against our own nats-server; K outbox rows in one transaction,
#      time until all are published, beside bench/RawNatsPublish.java (jnats async) on the same rows
#
# Only 127.0.0.1 is loaded; every wait is bounded. Exits non-zero only when the harness breaks.
# Knobs: BENCH_RT_PORT (18090), BENCH_RT_DB_PORT (15442), BENCH_RT_NATS_PORT (14333),
#        BENCH_RT_CLIENTS ("1000 5000"), BENCH_RT_SECONDS (30), BENCH_RT_RELAY_EVENTS (20000),
#        BENCH_RT_PARTS ("fanout relay": which parts run), BENCH_NOTE (free text for the entry).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
OUT=$ROOT/var/bench/realtime-last-run
DOC=$ROOT/docs/benchmarks.md

export PORT=${BENCH_RT_PORT:-18090}
export KELOLA_EMBEDDED_DB_PORT=${BENCH_RT_DB_PORT:-15442}
export KELOLA_DATA_DIR=$ROOT/var/bench/realtime-pgdata
NATS_PORT=${BENCH_RT_NATS_PORT:-14333}
read -r -a CLIENTS <<<"${BENCH_RT_CLIENTS:-1000 5000}"
WINDOW=${BENCH_RT_SECONDS:-30}
RELAY_EVENTS=${BENCH_RT_RELAY_EVENTS:-20000}
PARTS=" ${BENCH_RT_PARTS:-fanout relay} "
[[ $PARTS == *" fanout "* ]] || CLIENTS=()
RATE=50 STALLED_PCT=5
GOAL_P99_MS=250 GOAL_KB=90 GOAL_STALL_PCT=10 GOAL_RELAY=0.5
# psql inserts do not wake the relay the way a commit through Events.publish does: it finds them at
# its poll, so the poll runs every 20 ms here (see README).
BENCH_JAVA_OPTS="-Dkelola.events.poll-interval=20ms"
export KELOLA_JAVA_OPTS="${KELOLA_JAVA_OPTS:+$KELOLA_JAVA_OPTS }$BENCH_JAVA_OPTS"
URL=http://127.0.0.1:$PORT
DEMO_USER=admin DEMO_PASSWORD=Kelola-Demo-2026
JNATS=${JNATS_JAR:-$HOME/.m2/repository/io/nats/jnats/2.26.2/jnats-2.26.2.jar}
NATS_PID="" NATS_DIR=""

# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
# shellcheck source=bench/realtime-report.sh
source "$ROOT/bench/realtime-report.sh"

stop_nats() {
  [[ -n $NATS_PID ]] || return 0
  kill -TERM "$NATS_PID" 2>/dev/null || true
  local i
  for ((i = 0; i < 100; i++)); do kill -0 "$NATS_PID" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$NATS_PID" 2>/dev/null || true
  wait "$NATS_PID" 2>/dev/null || true
  [[ -z $NATS_DIR ]] || rm -rf "$NATS_DIR"
  NATS_PID="" NATS_DIR=""
}
trap 'stop_server; stop_nats' EXIT
trap 'exit 130' INT TERM

# ---- preflight --------------------------------------------------------------------------------
for cmd in make curl psql nats-server ss awk pgrep; do
  command -v "$cmd" >/dev/null || die "$cmd is missing (make bench-realtime installs postgresql-client and nats-server)"
done
[[ -f $JNATS ]] || die "jnats jar not found at $JNATS (set JNATS_JAR; 'mvn -o package' puts it in ~/.m2)"
make --no-print-directory -q server/target/kelola-server.jar ||
  die "server/target/kelola-server.jar is missing or older than the sources: run 'make bench-realtime' (it builds first)"
for p in "$PORT" "$KELOLA_EMBEDDED_DB_PORT" "$NATS_PORT"; do port_free "$p" || die "port $p is in use; set BENCH_RT_*PORT"; done
max_clients=$(printf '%s\n' "${CLIENTS[@]}" | sort -n | tail -1)
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
(($(ulimit -n) >= max_clients + 2000)) || die "open files limit $(ulimit -n) is too low for $max_clients streams (raise the hard limit)"
mkdir -p "$OUT"
rm -f "$OUT"/*
JAVA=$JAVA_HOME/bin/java
LOAD_AT_START=$(cut -d' ' -f1 /proc/loadavg)
UPTIME_AT_START=$(uptime)

fresh_server() { # $1 = log name; a new data dir every time, so each figure starts from the same state
  rm -rf "$KELOLA_DATA_DIR"
  start_server "$OUT/$1.log"
  wait_for_200
  TOKEN=$(get_token)
}

# ---- 1. fanout --------------------------------------------------------------------------------
declare -A RES FAIL
for n in "${CLIENTS[@]}"; do
  log "fanout: fresh server for $n clients"
  fresh_server "server-fanout-$n"
  for ((i = 0; i < 60; i++)); do # demo users are created just after startup
    OPERATOR_UUID=$(psql_q "SELECT uuid FROM adm_user WHERE username = 'sari.operator'")
    [[ -n $OPERATOR_UUID ]] && break
    sleep 0.5
  done
  [[ -n $OPERATOR_UUID ]] || die "demo user sari.operator is missing"
  log "fanout: $n streams, ${WINDOW} s at $RATE events/s, healthy then ${STALLED_PCT}% stalled"
  if timeout 900 "$JAVA" -Xmx1g bench/SseFanout.java url="$URL" clients="$n" stalled_pct="$STALLED_PCT" seconds="$WINDOW" \
    rate="$RATE" pid="$JAVA_PID" db_port="$KELOLA_EMBEDDED_DB_PORT" operator_uuid="$OPERATOR_UUID" \
    >"$OUT/fanout-$n.txt" 2>"$OUT/fanout-$n.err"; then
    RES[$n.healthy]=$(grep '^RESULT phase=healthy' "$OUT/fanout-$n.txt")
    RES[$n.stalled]=$(grep '^RESULT phase=stalled' "$OUT/fanout-$n.txt")
    RES[$n.rss_after]=$(rss_mb "$JAVA_PID")
  else
    FAIL[$n]="driver failed: $(grep -v '^WARNING' "$OUT/fanout-$n.err" | tail -1 | cut -c1-200)"
    log "fanout at $n clients: ${FAIL[$n]}"
  fi
  PG_VERSION=$(psql_q "SHOW server_version")
  stop_server
done

# ---- 2. relay vs raw JetStream ----------------------------------------------------------------
if [[ $PARTS == *" relay "* ]]; then
NATS_DIR=$(mktemp -d)
nats-server -a 127.0.0.1 -p "$NATS_PORT" -js -sd "$NATS_DIR" >"$OUT/nats-server.log" 2>&1 &
NATS_PID=$!
for ((i = 0; i < 100; i++)); do port_free "$NATS_PORT" || break; sleep 0.1; done
port_free "$NATS_PORT" && die "nats-server did not start (see $OUT/nats-server.log)"
# subjects no work queue consumes: qc.job.created would start an AI inspection of each bench row
log "relay: fresh server in NATS mode, $RELAY_EVENTS outbox rows in one transaction"
KELOLA_EVENTS_MODE=nats KELOLA_NATS_URL=nats://127.0.0.1:$NATS_PORT fresh_server server-relay
relay_rows() { # $1 = resource prefix, $2 = rows; one transaction
  psql_q "INSERT INTO t_event_outbox (event_id, event_type, occurred_at, resource_id, payload)
          SELECT gen_random_uuid(), (ARRAY['lot.created','lot.status_changed','qc.job.completed','warehouse.slot_assigned',
                 'dispatch.created','dispatch.status_changed'])[1 + g % 6], clock_timestamp(), '$1' || g,
                 jsonb_build_object('bench', true, 'resource', '$1' || g)
          FROM generate_series(1, $2) g" >/dev/null
}
await_published() { # $1 = resource prefix; polls every 0.2 s, at most 300 s
  local left i
  for ((i = 0; i < 1500; i++)); do
    left=$(psql_q "SELECT count(*) FROM t_event_outbox WHERE resource_id LIKE '$1%' AND published_at IS NULL")
    ((left == 0)) && return 0
    sleep 0.2
  done
  die "the relay left $left $1 rows unpublished after 300 s (see $OUT/server-relay.log)"
}
# warm-up: a freshly started JVM compiles the relay path while it runs; the figure is the steady state
relay_rows WARM- "$RELAY_EVENTS"
await_published WARM-
relay_rows RELAY- "$RELAY_EVENTS"
T0=$(now)
CPU0="$(ticks "$JAVA_PID") $(pg_ticks) $(ticks "$NATS_PID")"
await_published RELAY-
CPU1="$(ticks "$JAVA_PID") $(pg_ticks) $(ticks "$NATS_PID")"
# CPU ms per 1,000 events of the server JVM, PostgreSQL and nats-server while the relay ran (the 0.2 s
# polling above shows up in PostgreSQL's share, a few ticks)
RELAY_CPU=$(awk -v a="$CPU0" -v b="$CPU1" -v n="$RELAY_EVENTS" -v hz="$CLK_TCK" 'BEGIN {
  split(a, x, " "); split(b, y, " "); f = 1000 * 1000 / hz / n
  printf "JVM %.0f, PostgreSQL %.0f, nats-server %.0f", (y[1] - x[1]) * f, (y[2] - x[2]) * f, (y[3] - x[3]) * f }')
RELAY_S=$(psql_q "SELECT round((extract(epoch FROM max(published_at)) - $T0)::numeric, 3) FROM t_event_outbox WHERE resource_id LIKE 'RELAY-%'")
RELAY_RATE=$(awk -v n="$RELAY_EVENTS" -v s="$RELAY_S" 'BEGIN { printf "%.0f", n / s }')
# the same payloads the relay sent (EnvelopeCodec: the envelope JSON plus its sequence)
psql_q "SELECT 'kelola.events.' || event_type || E'\t' || event_id || E'\t' || jsonb_build_object('event_id', event_id,
          'event_type', event_type, 'occurred_at', to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'),
          'actor_id', actor_id, 'owner_user_id', owner_user_id, 'resource_id', resource_id, 'payload', payload, 'sequence', seq)
        FROM t_event_outbox WHERE resource_id LIKE 'RELAY-%' ORDER BY id" >"$OUT/relay-payloads.tsv"
log "relay: $RELAY_EVENTS events in $RELAY_S s; raw jnats async publish of the same payloads"
NATS_CPU0=$(ticks "$NATS_PID")
timeout 300 "$JAVA" -cp "$JNATS" bench/RawNatsPublish.java "nats://127.0.0.1:$NATS_PORT" "$OUT/relay-payloads.tsv" \
  >"$OUT/raw-nats.txt" 2>"$OUT/raw-nats.err" || die "raw publisher failed (see $OUT/raw-nats.err)"
RAW_NATS_CPU=$(awk -v a="$NATS_CPU0" -v b="$(ticks "$NATS_PID")" -v n="$RELAY_EVENTS" -v hz="$CLK_TCK" \
  'BEGIN { printf "%.0f", (b - a) * 1000 * 1000 / hz / n }')
RAW_LINE=$(grep '^RAW ' "$OUT/raw-nats.txt")
RAW_RATE=$(field events_per_s "$RAW_LINE")
RAW_S=$(field seconds "$RAW_LINE")
stop_server
stop_nats
rm -f "$OUT/relay-payloads.tsv"
fi
LOAD_AT_END=$(cut -d' ' -f1 /proc/loadavg)

# ---- 3. report --------------------------------------------------------------------------------
ENTRY=$(write_realtime_entry)
printf '%s\n' "$ENTRY"
printf '\n%s\n' "$ENTRY" >>"$DOC"
log "appended to ${DOC#"$ROOT"/}; raw output in ${OUT#"$ROOT"/}"
