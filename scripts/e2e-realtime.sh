#!/usr/bin/env bash
# End-to-end: the packaged jar with a real nats-server; SSE streams of every seed 000 role; events
# from the inventory API and outbox rows; each role must receive exactly what the seed filter allows
# (an OPERATOR only its own events). Exits non-zero on any mismatch. Needs server/target/kelola-server.jar.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
NAME=realtime
# shellcheck source=scripts/e2e-lib.sh
source "$ROOT/scripts/e2e-lib.sh"

prepare
start_nats
# outbox rows written straight to the table are found by the relay's poll: poll often
# shellcheck disable=SC2086 # E2E_SERVER_ARGS is a word list
start_server --kelola.events.poll-interval=200ms ${E2E_SERVER_ARGS:-}
run_check RealtimePipelineE2eTest || die "role filter check failed (summary above; logs in ${E2E_DIR#"$ROOT"/})"
log "OK: every role received exactly its subjects; operator1 saw none of sari.operator's events"
