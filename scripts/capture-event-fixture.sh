#!/usr/bin/env bash
# Records the engine's raw event stream for one scripted sequence of CLI actions into
# lib/engine/__fixtures__/events-20.10.ndjson (unit-test input for the event parser).
# Everything it creates is labelled netatlas.test=fixture and removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
D=/usr/bin/docker
IMG=${NETATLAS_TEST_IMAGE:-netatlas-test/busybox:local}
P=nt-fixture
cleanup() {
  $D rm -f $(${D} ps -aq --filter label=netatlas.test=fixture) >/dev/null 2>&1 || true
  $D network rm ${P}-net >/dev/null 2>&1 || true
}
trap cleanup EXIT
cleanup
since=$(date +%s)
$D network create --label netatlas.test=fixture ${P}-net >/dev/null
$D run -d --label netatlas.test=fixture --name ${P}-a --network ${P}-net "$IMG" sleep infinity >/dev/null
$D create --label netatlas.test=fixture --name ${P}-b "$IMG" sleep infinity >/dev/null
$D network connect --alias bee ${P}-net ${P}-b
$D start ${P}-b >/dev/null
$D network disconnect ${P}-net ${P}-b
$D rename ${P}-b ${P}-c
$D stop -t 1 ${P}-c >/dev/null
$D rm ${P}-c >/dev/null
$D rm -f ${P}-a >/dev/null
$D network rm ${P}-net >/dev/null
sleep 1
until=$(date +%s)
mkdir -p lib/engine/__fixtures__
curl -s --unix-socket /var/run/docker.sock \
  "http://localhost/events?since=${since}&until=${until}&filters=%7B%22type%22%3A%5B%22container%22%2C%22network%22%5D%7D" \
  > lib/engine/__fixtures__/events-20.10.ndjson
wc -l lib/engine/__fixtures__/events-20.10.ndjson
