#!/usr/bin/env bash
# Installs and starts a *current* Docker Engine (docker.io from Debian's `sid` suite: 28.5.x, API 1.51 today)
# next to the machine's Debian-12 engine (20.10), for the tests that need a current Engine API.
# See shared ENVIRONMENT.md, "A current engine".
#
# - Fetch: docker.io, containerd and docker-cli .debs from sid through a PRIVATE apt directory (the system's
#   apt sources, lists and caches are never touched), into $NETATLAS_ENGINE_CACHE
#   (default /var/cache/netatlas/current-engine). .debs already in the cache are never downloaded again:
#   the cache pins the engine, a move of sid cannot break a machine that has it. Extracted with
#   `dpkg-deb -x` into $CACHE/x. runc comes from Debian 12 (scripts/ensure-engine.sh installs it).
#   To move to what sid carries now (e.g. docker.io 29.x): rm -rf "$CACHE/debs" "$CACHE/cli-package".
# - Start: in its own network namespace `netatlas-cur` (NEVER the host's: a second dockerd there breaks the
#   first engine's docker0), socket unix:///run/netatlas-cur/docker.sock, data /var/lib/netatlas-cur,
#   address pool 10.210.0.0/16 (/24s), API floor $NETATLAS_CURRENT_MIN_API (default 1.44, as Engine 29).
#   Its PID goes to $NETATLAS_CURRENT_PIDFILE (default $NETATLAS_TEST_OUTPUT/current-dockerd.pid), its log
#   to $NETATLAS_TEST_OUTPUT/current-dockerd.log (NETATLAS_TEST_OUTPUT defaults to .test-output).
#   An engine that already answers on that socket is reused, and no PID is recorded.
#
# Usage:
#   bash scripts/ensure-current-engine.sh          fetch if needed, start (or reuse), wait until it answers
#   bash scripts/ensure-current-engine.sh --env    print NETATLAS_CURRENT_DOCKER_HOST/_DOCKER_CLI/_ENGINE_VERSION
#                                                  lines: eval "$(bash scripts/ensure-current-engine.sh --env)"
#   bash scripts/ensure-current-engine.sh --stop   stop exactly the recorded dockerd (never by name), keep the
#                                                  cache, delete the netns when no process is left in it
# Exit codes: 0 ready/stopped, 1 failure (e.g. the engine did not come up), 3 impossible on this machine
# (not Linux, not root, no apt, mirror or package unavailable): the caller skips the current-engine stage.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${NETATLAS_TEST_OUTPUT:-$ROOT/.test-output}"
PIDFILE="${NETATLAS_CURRENT_PIDFILE:-$OUT/current-dockerd.pid}"
LOG="$OUT/current-dockerd.log"
CACHE="${NETATLAS_ENGINE_CACHE:-/var/cache/netatlas/current-engine}"
MIN_API="${NETATLAS_CURRENT_MIN_API:-1.44}"
READY_TIMEOUT="${NETATLAS_CURRENT_ENGINE_TIMEOUT:-60}"
SUITE="${NETATLAS_CURRENT_SUITE:-sid}"

NETNS=netatlas-cur
NETNS_PATH="/run/netns/$NETNS"
# Short paths on purpose: libnetwork's unix socket path under the exec-root must stay below 107 chars.
RUN_DIR=/run/netatlas-cur
SOCK="$RUN_DIR/docker.sock"
HOST="unix://$SOCK"
EXEC_ROOT="$RUN_DIR/x"
DATA_ROOT=/var/lib/netatlas-cur
DOCKERD_PIDFILE="$RUN_DIR/docker.pid"
CONTAINERD_PIDFILE="$EXEC_ROOT/containerd/containerd.pid"
POOL=base=10.210.0.0/16,size=24

X="$CACHE/x"
DEBS="$CACHE/debs"
CLI="$X/usr/bin/docker"
DOCKERD="$X/usr/sbin/dockerd"

log() { printf '[current-engine] %s\n' "$*"; }
die() { printf '[current-engine] ERROR: %s\n' "$*" >&2; exit 1; }
impossible() { printf '[current-engine] SKIP: %s\n' "$*" >&2; exit 3; }

# Our client, whatever DOCKER_* the caller has in its environment (an old DOCKER_API_VERSION, a context...).
# (A command, not a function: `timeout` runs it.)
CLI_CMD=(timeout 10 env -u DOCKER_API_VERSION -u DOCKER_CONTEXT -u DOCKER_TLS_VERIFY -u DOCKER_CERT_PATH "$CLI" -H "$HOST")
engine_answers() { [ -x "$CLI" ] && [ -S "$SOCK" ] && "${CLI_CMD[@]}" version >/dev/null 2>&1; }
server_field() { "${CLI_CMD[@]}" version --format "{{.Server.$1}}" 2>/dev/null; }

# True when $1 is a live (non-zombie) process named $2. With $3, its command line must also contain $3,
# so a recycled PID, the host's own dockerd or another engine's containerd never counts as ours.
alive_as() {
  [ -n "$1" ] && [ "$(cat "/proc/$1/comm" 2>/dev/null)" = "$2" ] || return 1
  local stat
  stat="$(cat "/proc/$1/stat" 2>/dev/null)" || return 1
  stat="${stat##*) }"
  [ "${stat%% *}" != Z ] || return 1
  [ -z "${3:-}" ] || tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null | grep -qF -- "$3"
}
ours_dockerd() { alive_as "$1" dockerd "$SOCK"; }
# Just after the start, $! is still bash, setsid or nsenter a moment before they exec dockerd. It is our own
# child, so its PID cannot be recycled before we reap it: "still starting" = alive and not a zombie.
ours_starting() {
  ours_dockerd "$1" && return 0
  local stat
  stat="$(cat "/proc/$1/stat" 2>/dev/null)" || return 1
  stat="${stat##*) }"
  [ "${stat%% *}" != Z ]
}
ours_containerd() { alive_as "$1" containerd "$EXEC_ROOT/"; }
pid_in() { [ -f "$1" ] && tr -dc '0-9' <"$1" || true; }

clear_stale_pidfile() { # file, predicate, what
  local file="$1" pred="$2" what="$3" pid
  [ -f "$file" ] || return 0
  pid="$(pid_in "$file")"
  if "$pred" "$pid"; then return 0; fi
  log "removing stale $file (pid ${pid:-?} is not a running $what)"
  rm -f "$file"
}

# dockerd bind-mounts its data root on itself (to make it a shared mount) and leaves a marker,
# $EXEC_ROOT/unmount-on-shutdown, that makes it unmount it on a clean shutdown. A SIGKILLed dockerd leaves
# both; a marker lost with /run (while the mount stayed) would leave the mount forever. With no dockerd of
# ours running, a self-bind mount of the data root is such a leftover: unmount it (the data stays).
data_root_self_mounted() { awk -v d="$DATA_ROOT" '$4 == d && $5 == d { f = 1 } END { exit !f }' /proc/self/mountinfo; }
clear_root_mount() {
  while data_root_self_mounted; do
    log "unmounting leftover bind mount of $DATA_ROOT (from an earlier dockerd)"
    umount "$DATA_ROOT" 2>/dev/null || umount -l "$DATA_ROOT" || { log "warning: cannot unmount $DATA_ROOT"; break; }
  done
  rm -f "$EXEC_ROOT/unmount-on-shutdown"
}

netns_pids() { [ -e "$NETNS_PATH" ] && ip netns pids "$NETNS" 2>/dev/null || true; }

# ---------------------------------------------------------------------------------------------------------
# Preconditions
# ---------------------------------------------------------------------------------------------------------
check_possible() {
  [ "$(uname -s)" = Linux ] || impossible "not Linux ($(uname -s)): the current engine runs only on a Linux host"
  [ "$(id -u)" = 0 ] || impossible "not root: starting a dockerd in a network namespace needs root"
}

# shellcheck source=scripts/apt-install.sh
. "$(dirname "${BASH_SOURCE[0]}")/apt-install.sh"
system_apt_install() {
  command -v apt-get >/dev/null || impossible "missing $* and no apt-get to install it"
  log "apt-get install $* (system sources)"
  apt_quiet_install "$@" || impossible "apt-get install $* failed"
}

ensure_host_tools() {
  local missing=()
  command -v dpkg-deb >/dev/null || missing+=(dpkg)
  command -v nsenter >/dev/null || missing+=(util-linux)
  command -v setsid >/dev/null || missing+=(util-linux)
  command -v ip >/dev/null || missing+=(iproute2)
  # runc from Debian 12 (sid's docker.io runs with it); iptables for the engine's own rules in its netns.
  command -v runc >/dev/null || missing+=(runc)
  command -v iptables >/dev/null || missing+=(iptables)
  [ ${#missing[@]} = 0 ] && return 0
  # shellcheck disable=SC2207
  missing=($(printf '%s\n' "${missing[@]}" | sort -u))
  system_apt_install "${missing[@]}"
}

# ---------------------------------------------------------------------------------------------------------
# Fetch (private apt directory) and extract
# ---------------------------------------------------------------------------------------------------------
# The machine's own Debian mirror: deb822 (debian.sources) or one-line (sources.list), never a security one.
debian_mirror() {
  if [ -n "${NETATLAS_DEBIAN_MIRROR:-}" ]; then echo "$NETATLAS_DEBIAN_MIRROR"; return; fi
  local f uri
  for f in /etc/apt/sources.list.d/debian.sources /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    uri="$(awk 'tolower($1)=="uris:"{for(i=2;i<=NF;i++) if ($i !~ /security/) {print $i; exit}}' "$f")"
    [ -n "$uri" ] && { echo "$uri"; return; }
  done
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] || continue
    # deb [opts] URI suite comp...: the first field after the optional [ ... ] block.
    uri="$(sed -n 's/^[[:space:]]*deb[[:space:]]\+\(\[[^]]*\][[:space:]]\+\)\?\([^[:space:]]\+\).*/\2/p' "$f" |
      grep -v security | grep -i debian | head -n1 || true)"
    [ -n "$uri" ] && { echo "$uri"; return; }
  done
}

APT_DIR="$CACHE/apt"
apt_opts() {
  printf '%s\n' -o "Dir::Etc::sourcelist=$APT_DIR/sources.list" -o Dir::Etc::sourceparts=- \
    -o "Dir::State::Lists=$APT_DIR/lists" -o "Dir::Cache=$APT_DIR/cache" \
    -o "Dir::Cache::archives=$APT_DIR/archives" -o "Dir::State::status=$APT_DIR/status"
}

PRIVATE_UPDATED=0
private_update() {
  [ "$PRIVATE_UPDATED" = 0 ] || return 0
  command -v apt-get >/dev/null || impossible "no apt-get: cannot fetch the current engine from Debian $SUITE"
  local uri
  uri="$(debian_mirror)"
  [ -n "$uri" ] || impossible "no Debian mirror found in /etc/apt/sources.list.d/*.sources or /etc/apt/sources.list (set NETATLAS_DEBIAN_MIRROR)"
  mkdir -p "$APT_DIR/lists/partial" "$APT_DIR/archives/partial" "$APT_DIR/cache"
  # apt's downloader runs as _apt: let it write its partial files.
  id _apt >/dev/null 2>&1 && chown _apt "$APT_DIR/lists/partial" "$APT_DIR/archives/partial" 2>/dev/null || true
  echo "deb $uri $SUITE main" >"$APT_DIR/sources.list"
  # An empty dpkg status: the machine's installed docker.io (20.10) is invisible here, so the candidate of
  # every package is the suite's own version and never the installed one.
  : >"$APT_DIR/status"
  log "apt-get update (private: $uri $SUITE main, in $APT_DIR)"
  local -a O
  mapfile -t O < <(apt_opts)
  # apt-get update exits 0 when a fetch fails: --error-on=any, and a Packages index must be there.
  rm -f "$APT_DIR"/lists/*_Packages*
  if ! apt-get "${O[@]}" -qq --error-on=any update >"$APT_DIR/update.log" 2>&1 ||
    ! compgen -G "$APT_DIR/lists/*_${SUITE}_main_binary-*_Packages*" >/dev/null; then
    tail -n 20 "$APT_DIR/update.log" >&2
    impossible "cannot read Debian $SUITE from $uri (no network to the mirror, or no such suite?)"
  fi
  PRIVATE_UPDATED=1
}

have_deb() { compgen -G "$DEBS/${1}_*.deb" >/dev/null; }
deb_of() { compgen -G "$DEBS/${1}_*.deb" | head -n1; }

# Downloads package $1 from the suite into $DEBS (via a temp dir: no half-written .deb ever lands in the cache).
download() {
  local pkg="$1" tmp rc=0 f
  private_update
  local -a O
  mapfile -t O < <(apt_opts)
  tmp="$(mktemp -d "$CACHE/dl.XXXXXX")"
  id _apt >/dev/null 2>&1 && chown _apt "$tmp" 2>/dev/null || true
  (cd "$tmp" && apt-get "${O[@]}" -qq download "$pkg/$SUITE") >"$tmp.log" 2>&1 || rc=$?
  if [ "$rc" != 0 ]; then
    cat "$tmp.log" >&2
    rm -rf "$tmp" "$tmp.log"
    return 1
  fi
  for f in "$tmp"/*.deb; do
    dpkg-deb --info "$f" >/dev/null 2>&1 || { rm -rf "$tmp" "$tmp.log"; die "downloaded $(basename "$f") is not a valid .deb"; }
    mv "$f" "$DEBS/"
    log "downloaded $(basename "$f")"
  done
  rm -rf "$tmp" "$tmp.log"
}

pkg_exists() {
  private_update
  local -a O
  mapfile -t O < <(apt_opts)
  apt-cache "${O[@]}" show --no-all-versions "$1" >/dev/null 2>&1
}

# True when the .deb $1 contains /usr/bin/docker. (grep reads all of it: with -q, dpkg-deb gets SIGPIPE and
# pipefail turns a match into a failure.)
deb_has_client() { dpkg-deb -c "$1" 2>/dev/null | awk '{print $NF}' | grep -x './usr/bin/docker' >/dev/null; }

# Which package of the suite ships /usr/bin/docker: docker-cli today. If it ever goes: docker.io itself (as
# up to 20.10), else a docker*-cli package among docker.io's relations or the suite's names, checked by its
# file list. Prints the package name, or nothing.
find_cli_package() {
  if pkg_exists docker-cli; then echo docker-cli; return; fi
  have_deb docker.io || download docker.io >&2 || return 0
  if deb_has_client "$(deb_of docker.io)"; then echo docker.io; return; fi
  local -a O
  mapfile -t O < <(apt_opts)
  local cands c tmp
  cands="$( {
    apt-cache "${O[@]}" show --no-all-versions docker.io 2>/dev/null |
      sed -n 's/^\(Depends\|Recommends\|Suggests\): //p' | tr ',|' '\n\n' | awk '{print $1}' | grep -i '^docker.*cli'
    apt-cache "${O[@]}" search --names-only '^docker.*-cli$' 2>/dev/null | awk '{print $1}'
  } | awk '!seen[$0]++' || true)"
  for c in $cands; do
    tmp="$(mktemp -d "$CACHE/probe.XXXXXX")"
    id _apt >/dev/null 2>&1 && chown _apt "$tmp" 2>/dev/null || true
    if (cd "$tmp" && apt-get "${O[@]}" -qq download "$c/$SUITE" >/dev/null 2>&1) && deb_has_client "$tmp"/*.deb; then
      mv "$tmp"/*.deb "$DEBS/"
      rm -rf "$tmp"
      echo "$c"
      return
    fi
    rm -rf "$tmp"
  done
}

fetch_and_extract() {
  mkdir -p "$DEBS"
  local need=() p cli_pkg=""
  have_deb docker.io || need+=(docker.io)
  have_deb containerd || need+=(containerd)
  # The cache remembers which package gave the client (docker-cli today).
  [ -s "$CACHE/cli-package" ] && cli_pkg="$(cat "$CACHE/cli-package")"
  if [ -z "$cli_pkg" ] && have_deb docker-cli; then cli_pkg=docker-cli; fi
  if [ -z "$cli_pkg" ]; then
    private_update # here, not in the $(...) below, so that it runs once
    cli_pkg="$(find_cli_package)"
    [ -n "$cli_pkg" ] || impossible "no package of Debian $SUITE ships /usr/bin/docker (docker-cli is gone?)"
    echo "$cli_pkg" >"$CACHE/cli-package"
  fi
  have_deb "$cli_pkg" || need+=("$cli_pkg")

  if [ ${#need[@]} -gt 0 ]; then
    for p in $(printf '%s\n' "${need[@]}" | awk '!seen[$0]++'); do
      have_deb "$p" || download "$p" || impossible "cannot download $p from Debian $SUITE"
    done
  else
    log "using cached .debs in $DEBS (no download)"
  fi

  # Extract once per set of .debs: the stamp lists them, a different set re-extracts from scratch.
  local debs stamp
  debs="$( { deb_of docker.io; deb_of containerd; deb_of "$cli_pkg"; } | awk '!seen[$0]++')"
  stamp="$(printf '%s\n' "$debs" | xargs -n1 basename)"
  if [ -x "$DOCKERD" ] && [ -x "$CLI" ] && [ "$(cat "$X/.netatlas-extracted" 2>/dev/null)" = "$stamp" ]; then
    return 0
  fi
  log "extracting into $X: $(echo $stamp)"
  rm -rf "$X.tmp"
  mkdir -p "$X.tmp"
  local f
  while IFS= read -r f; do dpkg-deb -x "$f" "$X.tmp"; done <<<"$debs"
  printf '%s\n' "$stamp" >"$X.tmp/.netatlas-extracted"
  rm -rf "$X"
  mv "$X.tmp" "$X"
  [ -x "$DOCKERD" ] || die "no dockerd in $X/usr/sbin after extraction"
  [ -x "$CLI" ] || die "no docker client in $X/usr/bin after extraction"
  [ -x "$X/usr/bin/containerd" ] || die "no containerd in $X/usr/bin after extraction"
}

# ---------------------------------------------------------------------------------------------------------
# Network namespace
# ---------------------------------------------------------------------------------------------------------
ensure_netns() {
  if [ -e "$NETNS_PATH" ]; then
    if nsenter --net="$NETNS_PATH" true 2>/dev/null; then
      log "reusing network namespace $NETNS"
    else
      # A file left without its mount (a killed `ip netns add`, a reboot of /run without /run/netns...).
      log "network namespace $NETNS is stale: recreating it"
      ip netns delete "$NETNS" 2>/dev/null || rm -f "$NETNS_PATH"
    fi
  fi
  if [ ! -e "$NETNS_PATH" ]; then
    ip netns add "$NETNS" 2>/dev/null || impossible "cannot create network namespace $NETNS (ip netns add failed: no CAP_SYS_ADMIN?)"
    log "created network namespace $NETNS"
  fi
  nsenter --net="$NETNS_PATH" ip link set lo up
  # IPv6 networks inside need IPv6 on in the namespace.
  local k
  for k in all default; do
    if [ "$(nsenter --net="$NETNS_PATH" sysctl -n "net.ipv6.conf.$k.disable_ipv6" 2>/dev/null || echo 0)" != 0 ]; then
      nsenter --net="$NETNS_PATH" sysctl -qw "net.ipv6.conf.$k.disable_ipv6=0" ||
        log "warning: cannot enable IPv6 in $NETNS (IPv6 networks will not work)"
    fi
  done
}

# ---------------------------------------------------------------------------------------------------------
# Start / stop / env
# ---------------------------------------------------------------------------------------------------------
report_versions() {
  local v
  v="$("${CLI_CMD[@]}" version --format 'Version={{.Server.Version}} ApiVersion={{.Server.APIVersion}} MinAPIVersion={{.Server.MinAPIVersion}} (client {{.Client.Version}}, API {{.Client.APIVersion}})' 2>/dev/null || true)"
  log "engine on $HOST: $v"
}

wait_ready() {
  local pid="$1" waited=0
  while ! engine_answers; do
    if [ -n "$pid" ] && ! ours_starting "$pid"; then
      tail -n 40 "$LOG" >&2 || true
      die "dockerd (pid $pid) exited during startup; log: $LOG"
    fi
    if [ "$waited" -ge "$READY_TIMEOUT" ]; then
      tail -n 40 "$LOG" >&2 || true
      # Ours and hung: stop it (by its PID), so that the next run does not wait for it again.
      [ -n "$pid" ] && [ "$(pid_in "$PIDFILE")" = "$pid" ] && stop >&2
      die "the current engine did not answer on $HOST within ${READY_TIMEOUT}s; log: $LOG"
    fi
    sleep 1
    waited=$((waited + 1))
  done
}

start() {
  check_possible
  mkdir -p "$OUT"
  # Fast path, touching nothing: an engine already answers on our socket.
  if engine_answers; then
    log "an engine already answers on $HOST: reusing it (no PID recorded)"
    report_versions
    return 0
  fi
  ensure_host_tools
  mkdir -p "$CACHE"
  # One fetch/extract at a time (two test runs starting together share the cache).
  exec 9>"$CACHE/.lock"
  flock 9
  fetch_and_extract
  flock -u 9
  exec 9>&- # dockerd must not inherit it

  mkdir -p "$RUN_DIR" "$DATA_ROOT"
  # A killed earlier run: its pid files (ours, dockerd's, its containerd's) may point at nothing or at a
  # recycled PID. A dockerd of ours that is still alive is waited for, not started twice.
  clear_stale_pidfile "$PIDFILE" ours_dockerd "dockerd of $HOST"
  clear_stale_pidfile "$DOCKERD_PIDFILE" ours_dockerd "dockerd of $HOST"
  clear_stale_pidfile "$CONTAINERD_PIDFILE" ours_containerd "containerd of $EXEC_ROOT"
  if [ -f "$DOCKERD_PIDFILE" ]; then
    local running
    running="$(pid_in "$DOCKERD_PIDFILE")"
    log "dockerd pid $running of $HOST is running but not answering yet: waiting for it"
    wait_ready "$running"
    report_versions
    return 0
  fi
  clear_root_mount
  # A socket file without a dockerd behind it is harmless (dockerd replaces it), but say so.
  [ -S "$SOCK" ] && log "removing stale socket $SOCK" && rm -f "$SOCK"

  ensure_netns

  log "starting $DOCKERD in netns $NETNS (min API $MIN_API, log: $LOG)"
  printf '\n===== %s start (min API %s)\n' "$(date -u +%FT%TZ)" "$MIN_API" >>"$LOG"
  # setsid: dockerd outlives this script and does not get the terminal's Ctrl-C; in a non-interactive
  # shell setsid and nsenter (no --fork) exec in place, so $! is dockerd's own PID.
  PATH="$X/usr/bin:$X/usr/sbin:$PATH" DOCKER_MIN_API_VERSION="$MIN_API" \
    setsid nsenter --net="$NETNS_PATH" "$DOCKERD" \
    --host "$HOST" --data-root "$DATA_ROOT" --exec-root "$EXEC_ROOT" --pidfile "$DOCKERD_PIDFILE" \
    --default-address-pool "$POOL" >>"$LOG" 2>&1 </dev/null &
  local pid=$!
  echo "$pid" >"$PIDFILE"
  wait_ready "$pid"
  ours_dockerd "$pid" || die "pid $pid is not the dockerd of $HOST; check $LOG"
  log "engine ready (dockerd pid $pid, recorded in $PIDFILE)"
  report_versions
}

stop() {
  local pid
  pid="$(pid_in "$PIDFILE")"
  rm -f "$PIDFILE"
  if [ -z "$pid" ]; then
    log "no dockerd recorded in $PIDFILE: nothing to stop"
  elif ! ours_dockerd "$pid"; then
    log "recorded pid $pid is not a running dockerd of $HOST: nothing to stop"
  else
    local cpid killed=0
    cpid="$(pid_in "$CONTAINERD_PIDFILE")"
    log "stopping dockerd pid $pid"
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do
      ours_dockerd "$pid" || break
      sleep 0.5
    done
    if ours_dockerd "$pid"; then
      log "dockerd pid $pid did not stop within 30s: SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      killed=1
    fi
    # A SIGKILLed dockerd leaves its containerd (the one recorded in its own exec-root) running.
    if [ "$killed" = 1 ] && ours_containerd "$cpid"; then
      log "stopping its containerd pid $cpid"
      kill -TERM "$cpid" 2>/dev/null || true
      for _ in $(seq 1 20); do ours_containerd "$cpid" || break; sleep 0.5; done
      ours_containerd "$cpid" && kill -KILL "$cpid" 2>/dev/null || true
    fi
  fi
  # The netns goes only when nothing lives in it any more (a containerd shim exits a moment after dockerd).
  if [ -e "$NETNS_PATH" ]; then
    local left=""
    for _ in $(seq 1 10); do
      left="$(netns_pids)"
      [ -z "$left" ] && break
      sleep 0.5
    done
    if [ -z "$left" ]; then
      # Nothing of the engine is left: a SIGKILLed dockerd's bind mount of its data root goes too.
      ours_dockerd "$(pid_in "$DOCKERD_PIDFILE")" || clear_root_mount
      ip netns delete "$NETNS" && log "deleted network namespace $NETNS"
    else
      log "keeping network namespace $NETNS: processes still in it: $(echo $left)"
    fi
  fi
  return 0
}

print_env() {
  engine_answers || die "no engine answers on $HOST (start it first: bash scripts/ensure-current-engine.sh)"
  local v
  v="$(server_field Version)"
  printf 'NETATLAS_CURRENT_DOCKER_HOST=%q\n' "$HOST"
  printf 'NETATLAS_CURRENT_DOCKER_CLI=%q\n' "$CLI"
  printf 'NETATLAS_CURRENT_ENGINE_VERSION=%q\n' "$v"
  printf 'NETATLAS_CURRENT_NETNS=%q\n' "$NETNS_PATH"
  printf 'NETATLAS_CURRENT_ENGINE_ROOT=%q\n' "$X"
}

case "${1:-}" in
  "") start ;;
  --stop) stop ;;
  --env) print_env ;;
  -h | --help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//' ;;
  *) die "unknown argument: $1 (use --stop, --env or none)" ;;
esac
