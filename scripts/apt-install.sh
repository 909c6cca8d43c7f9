# Sourced by scripts/ensure-engine.sh and scripts/ensure-current-engine.sh: the one way they install Debian
# packages. apt_quiet_install PKG...: `apt-get update` once per run, then an install without recommends
# that never starts a service (openssh-server would start an sshd on port 22): Debian's policy-rc.d says
# no to every start while it exists; Docker's Debian images ship one, else ours stands for the install.
APT_UPDATED=0
apt_quiet_install() {
  if [ "$APT_UPDATED" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null || return $?
    APT_UPDATED=1
  fi
  local policy=/usr/sbin/policy-rc.d ours=0 rc=0
  if [ ! -e "$policy" ]; then printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy" && ours=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null || rc=$?
  [ "$ours" = 1 ] && rm -f "$policy"
  return $rc
}
