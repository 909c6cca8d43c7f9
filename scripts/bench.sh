#!/usr/bin/env bash
# npm run bench: scripts/bench.ts on the engine at DOCKER_HOST (Engine 20.10 here), then again on a current
# engine (Debian sid's 28.5 with Engine 29's API floor, in its own network namespace, as npm test runs it),
# then both engines' figures side by side. Each pass creates and removes its own labelled topology; the
# current engine is stopped again when this script started it. NETATLAS_SKIP_CURRENT_ENGINE=1: one pass only.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
OUT=.test-output
mkdir -p "$OUT"
export NETATLAS_TEST_OUTPUT="$PWD/$OUT"
BIN=./node_modules/.bin
FIRST="$OUT/bench-first.json"
CURRENT="$OUT/bench-current.json"
rm -f "$FIRST" "$CURRENT"

NETATLAS_BENCH_OUTPUT="$FIRST" node --import tsx scripts/bench.ts || exit $?

STARTED=0
stop_current() { [ "$STARTED" = 1 ] && bash scripts/ensure-current-engine.sh --stop; STARTED=0; }
trap stop_current EXIT
if [ "${NETATLAS_SKIP_CURRENT_ENGINE:-}" != 1 ]; then
  PIDFILE="${NETATLAS_CURRENT_PIDFILE:-$PWD/$OUT/current-dockerd.pid}"
  rm -f "$PIDFILE"
  if bash scripts/ensure-current-engine.sh; then
    [ -s "$PIDFILE" ] && STARTED=1
    eval "$(bash scripts/ensure-current-engine.sh --env)"
    DOCKER_HOST="$NETATLAS_CURRENT_DOCKER_HOST" NETATLAS_DOCKER_CLI="$NETATLAS_CURRENT_DOCKER_CLI" "$BIN/tsx" scripts/build-test-image.ts
    DOCKER_HOST="$NETATLAS_CURRENT_DOCKER_HOST" NETATLAS_DOCKER_CLI="$NETATLAS_CURRENT_DOCKER_CLI" \
      NETATLAS_BENCH_OUTPUT="$CURRENT" NETATLAS_BENCH_SECOND_ENGINE=0 \
      nsenter "--net=$NETATLAS_CURRENT_NETNS" node --import tsx scripts/bench.ts || exit $?
  else
    echo "the current engine cannot run here: its pass is left out"
  fi
fi
node scripts/bench-side-by-side.mjs "$FIRST" "$CURRENT"
