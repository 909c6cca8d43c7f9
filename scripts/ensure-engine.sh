#!/usr/bin/env bash
# Makes sure a Docker engine answers on DOCKER_HOST and that the tools the tests need are installed:
# Debian's static busybox (/bin/busybox, for the FROM-scratch test image) and Chromium (for Playwright).
#
# - An engine already answers: use it and touch nothing about it (a developer's engine stays theirs).
# - None answers, on Linux as root with the default socket: install what is missing (docker.io,
#   iptables), clear pid files a killed dockerd left behind, start dockerd in the background with its
#   log in .test-output/, and wait until `docker info` answers. Its PID goes to $NETATLAS_DOCKERD_PIDFILE
#   (default .test-output/dockerd.pid) so the caller stops exactly that process, never "all dockerds".
#
# Run it (bash scripts/ensure-engine.sh); idempotent. Never downloads a browser: Chromium comes from apt.
# `bash scripts/ensure-engine.sh --stop` stops the dockerd recorded in that PID file, and nothing else.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${NETATLAS_TEST_OUTPUT:-$ROOT/.test-output}"
PIDFILE="${NETATLAS_DOCKERD_PIDFILE:-$OUT/dockerd.pid}"
DEFAULT_HOST="unix:///var/run/docker.sock"
export DOCKER_HOST="${DOCKER_HOST:-$DEFAULT_HOST}"
DOCKER=/usr/bin/docker # Debian's client matches dockerd 20.10; /usr/local/bin/docker may not.
DOCKERD_PIDFILE=/var/run/docker.pid
CONTAINERD_PIDFILE=/var/run/docker/containerd/containerd.pid
READY_TIMEOUT="${NETATLAS_ENGINE_TIMEOUT:-60}"
# Room for 256 test networks instead of ~30 (see shared ENVIRONMENT.md, "Address pools run out").
DOCKERD_ARGS="${NETATLAS_DOCKERD_ARGS:---default-address-pool base=10.200.0.0/16,size=24}"

log() { printf '[ensure-engine] %s\n' "$*"; }
die() { printf '[ensure-engine] ERROR: %s\n' "$*" >&2; exit 1; }

can_install() { [ "$(uname -s)" = Linux ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; }
installed() { dpkg -s "$1" >/dev/null 2>&1; }

# shellcheck source=scripts/apt-install.sh
. "$ROOT/scripts/apt-install.sh"
apt_install() {
  [ $# -gt 0 ] || return 0
  if ! can_install; then
    log "missing: $* (install them, or run as root on Debian/Ubuntu so this script can)"
    return 1
  fi
  log "apt-get install $*"
  apt_quiet_install "$@"
}

# Packages the tests need whatever engine they talk to.
tool_packages() {
  local missing=()
  [ -x /bin/busybox ] || installed busybox-static || missing+=(busybox-static)
  [ -x /usr/lib/chromium/chromium ] || missing+=(chromium)
  # `ip` runs the second engines (network namespaces) of the fault, prune and outage tests, which skip without it.
  command -v ip >/dev/null || [ -x /usr/sbin/ip ] || [ -x /bin/ip ] || missing+=(iproute2)
  # sshd (never started as a service) lets the ssh:// engine test run a real OpenSSH server of its own.
  [ -x /usr/sbin/sshd ] || missing+=(openssh-server)
  # openssl makes the certificates of the TLS engine test (a loopback https server that wants a client cert).
  command -v openssl >/dev/null || missing+=(openssl)
  echo "${missing[@]}"
}

engine_answers() {
  if [ -x "$DOCKER" ]; then
    timeout 15 "$DOCKER" info >/dev/null 2>&1
  else
    # No Debian client yet (e.g. Docker Desktop elsewhere): ask the API directly.
    node -e '
      const h = process.env.DOCKER_HOST, http = require("node:http");
      const to = h.startsWith("unix://") ? { socketPath: h.slice(7) }
        : (() => { const u = new URL(h.replace(/^tcp:/, "http:")); return { host: u.hostname, port: u.port || 2375 }; })();
      const r = http.get({ ...to, path: "/_ping", timeout: 5000 }, (res) => process.exit(res.statusCode === 200 ? 0 : 1));
      r.on("error", () => process.exit(1));
      r.on("timeout", () => { r.destroy(); process.exit(1); });' 2>/dev/null
  fi
}

# True when $1 is a live process whose command name is $2. A recycled PID is not "alive", and
# neither is a zombie: a dockerd killed with SIGKILL stays one until PID 1 reaps it.
alive_as() {
  [ -n "$1" ] && [ "$(cat "/proc/$1/comm" 2>/dev/null)" = "$2" ] || return 1
  local stat
  stat="$(cat "/proc/$1/stat" 2>/dev/null)" || return 1
  stat="${stat##*) }"
  [ "${stat%% *}" != Z ]
}

clear_stale_pidfile() {
  local file="$1" comm="$2" pid
  [ -f "$file" ] || return 0
  pid="$(tr -dc '0-9' <"$file")"
  if alive_as "$pid" "$comm"; then return 0; fi
  log "removing stale $file (pid ${pid:-?} is not a running $comm)"
  rm -f "$file"
}

wait_ready() {
  local pid="$1" waited=0
  while ! engine_answers; do
    if [ -n "$pid" ] && ! alive_as "$pid" dockerd; then
      tail -n 30 "$OUT/dockerd.log" >&2 || true
      die "dockerd (pid $pid) exited during startup; log: $OUT/dockerd.log"
    fi
    if [ "$waited" -ge "$READY_TIMEOUT" ]; then
      tail -n 30 "$OUT/dockerd.log" >&2 || true
      [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null || true
      die "the engine did not answer on $DOCKER_HOST within ${READY_TIMEOUT}s; log: $OUT/dockerd.log"
    fi
    sleep 1
    waited=$((waited + 1))
  done
}

ensure_tools() {
  local missing
  missing="$(tool_packages)"
  # shellcheck disable=SC2086 # word splitting wanted: a list of package names
  [ -z "$missing" ] || apt_install $missing || log "continuing without: $missing (tests that need them will fail)"
}

# Stops the dockerd this script started (PID file), by PID: SIGTERM, then SIGKILL after 30 s.
stop_started() {
  [ -s "$PIDFILE" ] || { log "no dockerd recorded in $PIDFILE: nothing to stop"; return 0; }
  local pid
  pid="$(tr -dc '0-9' <"$PIDFILE")"
  rm -f "$PIDFILE"
  alive_as "$pid" dockerd || { log "dockerd pid $pid is not running"; return 0; }
  log "stopping dockerd pid $pid"
  kill -TERM "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 60); do
    alive_as "$pid" dockerd || return 0
    sleep 0.5
  done
  log "dockerd pid $pid did not stop within 30s: SIGKILL"
  kill -KILL "$pid" 2>/dev/null || true
}

main() {
  if [ "${1:-}" = --stop ]; then
    stop_started
    return 0
  fi
  mkdir -p "$OUT"
  if engine_answers; then
    log "an engine answers on $DOCKER_HOST: using it"
    ensure_tools
    return 0
  fi

  [ "$DOCKER_HOST" = "$DEFAULT_HOST" ] ||
    die "no engine answers on DOCKER_HOST=$DOCKER_HOST; start it, or unset DOCKER_HOST to use a local dockerd."
  can_install || die "no engine answers on $DOCKER_HOST; start Docker (this script starts dockerd only on Linux as root)."

  local missing=()
  { command -v dockerd >/dev/null && [ -x "$DOCKER" ]; } || missing+=(docker.io)
  command -v iptables >/dev/null || missing+=(iptables)
  # shellcheck disable=SC2207
  missing+=($(tool_packages))
  apt_install "${missing[@]}"

  # A dockerd killed with SIGKILL leaves its pid file (dockerd then refuses to start) and, when its
  # containerd survived it, containerd's pid file: dockerd reuses a live containerd, but a recycled
  # PID in that file would make it wait for a process that is not containerd.
  clear_stale_pidfile "$CONTAINERD_PIDFILE" containerd
  clear_stale_pidfile "$DOCKERD_PIDFILE" dockerd
  if [ -f "$DOCKERD_PIDFILE" ]; then
    local running
    running="$(tr -dc '0-9' <"$DOCKERD_PIDFILE")"
    log "dockerd (pid $running) is running but not answering yet: waiting for it"
    wait_ready ""
    log "engine ready (dockerd pid $running, not started by this script)"
    return 0
  fi

  log "starting dockerd (log: $OUT/dockerd.log)"
  # setsid: dockerd must outlive this script and not get the terminal's Ctrl-C before the caller
  # stops it; in a non-interactive shell setsid execs in place, so $! is dockerd's own PID.
  # shellcheck disable=SC2086 # DOCKERD_ARGS is a list of flags
  setsid dockerd $DOCKERD_ARGS >>"$OUT/dockerd.log" 2>&1 </dev/null &
  local pid=$!
  echo "$pid" >"$PIDFILE"
  wait_ready "$pid"
  alive_as "$pid" dockerd || die "pid $pid is not dockerd; check $OUT/dockerd.log"
  log "engine ready (dockerd pid $pid, recorded in $PIDFILE)"
}

main "$@"
