/**
 * The one command a probe helper ever runs: a fixed POSIX sh script (busybox ash), whose inputs come
 * only as positional arguments ("$@"), each validated by netatlas before (see probe-plan.ts) and used
 * only quoted. Nothing a user types becomes part of a shell string.
 *
 * Arguments: `tcp <port>` or `icmp 0`, then two per target: `n <dns name>` or `i <address>` (an IPv4
 * address, or an IPv6 one in canonical form: hex digits and colons, never a zone id).
 * Every target runs in parallel (so the whole probe takes as long as the slowest target, about 5 s at
 * worst), and prints one block of lines, each tagged with the target's position, written with one
 * printf so that blocks of different targets never tear into each other:
 *
 * ```
 * @missing <tool>                    a tool the image lacks (the probe cannot run)
 * @<i> dns <line>                    nslookup's output, line by line (names only)
 * @<i> dns-exit <status>
 * @<i> try <address> <status> <t0 s> <t0 µs> <t1 s> <t1 µs>   the connect (nc) or ping, timed by adjtimex
 * @<i> out <line>                    nc's or ping's output, line by line
 * @<i> end
 * @done
 * ```
 *
 * Why these tools: busybox `date` has no sub-second format, `/proc/uptime` counts centiseconds, but
 * `adjtimex` (read-only, no capability needed) prints the clock in microseconds. `nc … -e true` exits
 * right after the handshake without sending a byte (`-e` must come last for both busybox nc flavours);
 * `-w 2` bounds the connect. `nslookup -timeout=1 -retry=1` bounds a lookup nobody answers (5 s by
 * default), and `timeout 3` bounds the whole lookup.
 *
 * A name is tried at its first IPv4 answer, whatever order nslookup prints the A and AAAA answers in
 * (a dual-stack name proves the IPv4 path; B's IPv6 address is tried as an address target of its own);
 * only a name with no IPv4 answer (B on IPv6-only networks) is tried at its first IPv6 one. The answers
 * are the `Address` lines after `Name:` (those before it name the resolver), in either busybox format:
 * `Address: fd00:db8:2::3` (≥ 1.28) or `Address 1: fd00:db8:2::3 db.v6only` (older); an address with a
 * zone id (`fe80::1%eth0`) is never taken. busybox nc takes an IPv6 literal as it is; ping takes it
 * with `-6` (verified with busybox 1.35 on Engine 28.5: lib/engine/__fixtures__/probe/*-28.5.txt).
 */
export const PROBE_SCRIPT = String.raw`mode=$1 port=$2
shift 2
need="nslookup timeout sed head adjtimex"
if [ "$mode" = tcp ]; then need="$need nc"; else need="$need ping"; fi
for tool in $need; do command -v "$tool" >/dev/null 2>&1 || echo "@missing $tool"; done
# The first answer address of $dns that is all of pattern $1.
answer() {
  printf '%s\n' "$dns" | sed -n "/^Name:/,\$ s/^Address[ 0-9]*:[[:space:]]*\($1\)\([[:space:]].*\)\{0,1\}\$/\1/p" | head -n 1
}
now() {
  adjtimex 2>/dev/null | while read -r key value; do
    case $key in time.tv_sec:|time.tv_usec:) printf '%s ' "$value" ;; esac
  done
}
one() {
  i=$1 kind=$2 target=$3 ip=$3 out=
  if [ "$kind" = n ]; then
    dns=$(timeout 3 nslookup -timeout=1 -retry=1 "$target" 2>&1)
    rc=$?
    out="$(printf '%s\n' "$dns" | sed "s/^/@$i dns /")
@$i dns-exit $rc"
    ip=$(answer '[0-9]\{1,3\}\.[0-9]\{1,3\}\.[0-9]\{1,3\}\.[0-9]\{1,3\}')
    [ -n "$ip" ] || ip=$(answer '[0-9a-fA-F.]*:[0-9a-fA-F:.]*')
  fi
  if [ -n "$ip" ]; then
    t0=$(now)
    if [ "$mode" = tcp ]; then res=$(nc -w 2 "$ip" "$port" -e true 2>&1 </dev/null)
    else case $ip in *:*) res=$(ping -6 -c 1 -W 2 "$ip" 2>&1) ;; *) res=$(ping -c 1 -W 2 "$ip" 2>&1) ;; esac
    fi
    rc=$?
    t1=$(now)
    out="$out
@$i try $ip $rc $t0$t1
$(printf '%s\n' "$res" | sed "s/^/@$i out /")"
  fi
  printf '%s\n@%s end\n' "$out" "$i"
}
n=0
while [ $# -ge 2 ]; do
  n=$((n + 1))
  one "$n" "$1" "$2" &
  shift 2
done
wait
echo @done
`;

/** What one probe asks the helper: the protocol, the port (TCP) and the targets, already validated. */
export interface ProbePlan {
  protocol: 'tcp' | 'icmp';
  port: number | null;
  targets: Array<{ kind: 'name' | 'ip'; value: string }>;
}

/** The helper's argv after the script: `$0` names it in `ps`, then the plan as positional arguments. */
export function probeArgv(plan: ProbePlan): string[] {
  const head = plan.protocol === 'tcp' ? ['tcp', String(plan.port)] : ['icmp', '0'];
  return ['netatlas-probe', ...head, ...plan.targets.flatMap((t) => [t.kind === 'name' ? 'n' : 'i', t.value])];
}
