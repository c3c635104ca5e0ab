#!/usr/bin/env bash
# End-to-end: the packaged jar (real nats-server) with browser sessions and API access tokens that
# expire within seconds; a real Chromium on a live page with a draft form must come back through the
# recovery flow with the draft intact and every event published during the outage replayed.
# Knobs: E2E_SESSION_TTL (15s), E2E_ACCESS_TTL (3s). Needs server/target/kelola-server.jar and Chromium.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
NAME=token-refresh
# shellcheck source=scripts/e2e-lib.sh
source "$ROOT/scripts/e2e-lib.sh"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

prepare
[[ -x ${KELOLA_CHROMIUM:-/usr/bin/chromium} ]] || die "Chromium is missing (make test-deps)"
start_nats
# a browser session dies this long after its last activity (sessions are touched every 30 s at most,
# so below that it simply lives this long); the stream re-checks its session every second
export KELOLA_SESSION_IDLE_TIMEOUT=${E2E_SESSION_TTL:-15s}
export KELOLA_ACCESS_TOKEN_TTL=${E2E_ACCESS_TTL:-3s}
log "session idle timeout $KELOLA_SESSION_IDLE_TIMEOUT, access token TTL $KELOLA_ACCESS_TOKEN_TTL"
# shellcheck disable=SC2086 # E2E_SERVER_ARGS is a word list
start_server --kelola.realtime.heartbeat=1s ${E2E_SERVER_ARGS:-}
run_check TokenExpiryRecoveryE2eTest || die "recovery check failed (logs in ${E2E_DIR#"$ROOT"/})"
log "OK: the page recovered with its draft and every outage event"
