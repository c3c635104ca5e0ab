# shellcheck shell=bash
# Shared by scripts/e2e-*.sh: free ports, our own nats-server, the packaged jar in demo mode,
# bounded readiness polls, and cleanup of exactly the processes started here. Sourced, not executed.
# Expects ROOT and NAME (the check's name, used for var/e2e/<NAME> and log prefixes).
# E2E_SERVER_ARGS: extra Spring arguments for the server (e.g. to see a check fail on a broken filter).

E2E_DIR="$ROOT/var/e2e/$NAME"
JAR="$ROOT/server/target/kelola-server.jar"
NATS_BIN=$(command -v nats-server || echo /usr/sbin/nats-server) # Debian puts it in sbin
NATS_PID="" SERVER_PID="" DB_PORT="" PORT="" NATS_PORT=""
: "${JAVA_HOME:=$("$ROOT/scripts/find-jdk.sh")}"
export JAVA_HOME

log() { printf '[e2e %s %s] %s\n' "$NAME" "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

port_free() { [[ -z $(ss -Hltn "sport = :$1") ]]; }

# A loopback port no socket uses (random between 20000 and the start of the kernel's ephemeral range,
# so an outgoing connection cannot be holding it; checked; the caller binds it soon after).
free_port() {
  local p i low
  low=$(cut -f1 /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
  ((low > 21000)) || low=60000
  for ((i = 0; i < 200; i++)); do
    p=$((20000 + RANDOM % (low - 20000)))
    [[ -z $(ss -Htan "sport = :$p") ]] && { echo "$p"; return 0; }
  done
  die "no free port found"
}

# Polls "$@" (a command) every 200 ms until it succeeds; gives up after $1 seconds.
await() {
  local seconds=$1 i
  shift
  for ((i = 0; i < seconds * 5; i++)); do
    "$@" && return 0
    sleep 0.2
  done
  return 1
}

# A fresh data dir under var/e2e/<NAME>; logs land there too.
prepare() {
  for cmd in curl ss "$NATS_BIN" "$JAVA_HOME/bin/java"; do command -v "$cmd" >/dev/null || die "$cmd is missing (make test-deps)"; done
  [[ -f $JAR ]] || die "$JAR is missing: run 'make build' (or 'make test', which builds it)"
  rm -rf "$E2E_DIR"
  mkdir -p "$E2E_DIR"
  trap cleanup EXIT
  trap 'exit 130' INT TERM
}

start_nats() {
  local attempt
  mkdir -p "$E2E_DIR/nats"
  # a port taken between the check and the bind makes nats-server exit: try another one
  for attempt in 1 2 3; do
    NATS_PORT=$(free_port)
    "$NATS_BIN" -a 127.0.0.1 -p "$NATS_PORT" -js -sd "$E2E_DIR/nats" >"$E2E_DIR/nats-server.log" 2>&1 &
    NATS_PID=$!
    if await 10 nats_listening; then
      log "nats-server pid $NATS_PID on 127.0.0.1:$NATS_PORT"
      return 0
    fi
    kill "$NATS_PID" 2>/dev/null || true
    wait "$NATS_PID" 2>/dev/null || true
    log "nats-server did not listen on $NATS_PORT (attempt $attempt)"
  done
  die "nats-server did not listen (see $E2E_DIR/nats-server.log)"
}
nats_listening() { kill -0 "$NATS_PID" 2>/dev/null && ! port_free "$NATS_PORT"; }

# Starts the packaged jar in demo mode, NATS mode, on fresh ports; extra arguments go to Spring.
start_server() {
  PORT=$(free_port)
  DB_PORT=$(free_port)
  (
    cd "$E2E_DIR" &&
      PORT=$PORT KELOLA_DATA_DIR=$E2E_DIR/pgdata KELOLA_EMBEDDED_DB_PORT=$DB_PORT KELOLA_FILES_DIR=$E2E_DIR/files \
        KELOLA_EVENTS_MODE=nats KELOLA_NATS_URL=nats://127.0.0.1:$NATS_PORT \
        exec "$JAVA_HOME/bin/java" -Xmx512m -jar "$JAR" --spring.profiles.active=demo "$@"
  ) >"$E2E_DIR/server.log" 2>&1 &
  SERVER_PID=$!
  URL=http://127.0.0.1:$PORT
  log "server pid $SERVER_PID on $URL (embedded PostgreSQL on $DB_PORT)"
  await 120 server_ready || die "server not ready within 120 s (see $E2E_DIR/server.log)"
  # demo users are loaded just after start-up
  await 60 demo_user_signs_in || die "demo user sari.admin cannot get a token (see $E2E_DIR/server.log)"
  log "server ready"
}
server_ready() {
  kill -0 "$SERVER_PID" 2>/dev/null || die "server exited early (see $E2E_DIR/server.log)"
  [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$URL/login") == 200 ]]
}
demo_user_signs_in() {
  curl -s -f --max-time 5 -o /dev/null -H 'Content-Type: application/json' \
    -d '{"username":"sari.admin","password":"Kelola-Demo-2026"}' "$URL/api/v1/auth/token"
}

# Runs the tagged JUnit check $1 against the running server (test classes come from the last build).
run_check() {
  local test=$1
  shift
  if [[ ! -d $ROOT/server/target/test-classes/io/kelola/e2e ]]; then
    log "compiling test classes"
    (cd "$ROOT" && mvn -B -ntp -o -q -pl server test-compile) || die "test-compile failed"
  fi
  log "running $test"
  (cd "$ROOT" && mvn -B -ntp -o -q -pl server surefire:test -Dkelola.test.excludedGroups=none -Dgroups=e2e \
    -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false -DtrimStackTrace=false \
    -Dkelola.e2e.url="$URL" -Dkelola.e2e.db-port="$DB_PORT" "$@")
}

stop_pid() { # $1 pid, $2 label: SIGTERM, up to 30 s, then SIGKILL
  local pid=$1 i
  [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 300; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then
    log "$2 did not stop within 30 s; killing it"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
}

# If the server died hard, the embedded PostgreSQL of OUR data dir outlives it: stop that one only.
stop_orphan_postgres() {
  local pidfile=$E2E_DIR/pgdata/postmaster.pid pm
  [[ -f $pidfile ]] || return 0
  pm=$(head -1 "$pidfile")
  [[ -n $pm ]] && kill -0 "$pm" 2>/dev/null || return 0
  grep -qF -- "$E2E_DIR/pgdata" "/proc/$pm/cmdline" 2>/dev/null || return 0
  log "stopping leftover embedded PostgreSQL (pid $pm)"
  kill -INT "$pm" 2>/dev/null || true
  await 10 bash -c "! kill -0 $pm 2>/dev/null" || true
}

cleanup() {
  local rc=$?
  stop_pid "$SERVER_PID" server
  stop_orphan_postgres
  stop_pid "$NATS_PID" nats-server
  SERVER_PID="" NATS_PID=""
  if ((rc == 0)); then rm -rf "$E2E_DIR/pgdata" "$E2E_DIR/nats"; else log "logs kept in ${E2E_DIR#"$ROOT"/}"; fi
  exit "$rc"
}
