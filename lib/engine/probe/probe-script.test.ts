import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseProbeOutput } from './parse-probe-output';
import { PROBE_SCRIPT, probeArgv, type ProbePlan } from './probe-script';

/**
 * The script itself, run by a real busybox sh (the helper's shell) with its real sed, head and adjtimex;
 * nslookup, nc, ping and timeout are shell functions put before it (busybox sh runs its own applets
 * before anything on PATH, but a function before both): nslookup prints a canned answer (the formats
 * below are busybox 1.35's, as captured on Engine 28.5 in ../__fixtures__/probe/*-28.5.txt, and the
 * older `Address 1:` format), nc and ping print their arguments, so the test sees which address got
 * tried and how.
 */
const BUSYBOX = ['/bin/busybox', '/usr/bin/busybox'].find((p) => fs.existsSync(p));

const ANSWERS: Record<string, string> = {
  // IPv6-only network: only an AAAA answer (Engine 28.5, busybox 1.35).
  v6only: 'Server:\t\t127.0.0.11\nAddress:\t127.0.0.11:53\n\nNon-authoritative answer:\nName:\tv6only\nAddress: fd00:db8:2::2\n\nNon-authoritative answer:\n',
  // Dual-stack: the AAAA answer printed first, the A answer second (Engine 28.5, busybox 1.35).
  dual: 'Server:\t\t127.0.0.11\nAddress:\t127.0.0.11:53\n\nNon-authoritative answer:\nName:\tdual\nAddress: fd00:db8:3::2\n\nNon-authoritative answer:\nName:\tdual\nAddress: 10.210.1.2\n',
  // busybox < 1.28: numbered addresses followed by the reverse name.
  old6: 'Server:    127.0.0.11\nAddress 1: 127.0.0.11\n\nName:      old6\nAddress 1: fd00:db8:2::5 old6.v6only\n',
  old4: 'Server:    127.0.0.11\nAddress 1: 127.0.0.11\n\nName:      old4\nAddress 1: fd00:db8:3::6 old4.dual\nAddress 2: 10.210.1.6 old4.dual\n',
  // A link-local answer with a zone id is never dialled.
  zoned: 'Server:\t\t127.0.0.11\nAddress:\t127.0.0.11:53\n\nName:\tzoned\nAddress: fe80::1%eth0\n',
};

let dir = '';

// nslookup -timeout=1 -retry=1 <name>: a canned answer, else SERVFAIL as Engine 28.5 answers an unknown name.
const STUBS = String.raw`
timeout() { shift; "$@"; }
nslookup() {
  if [ -f "$STUB_DIR/$3" ]; then cat "$STUB_DIR/$3"; return 0; fi
  printf 'Server:		127.0.0.11
Address:	127.0.0.11:53

** server can%st find %s: SERVFAIL

' "'" "$3"
  return 1
}
nc() { echo "nc $*"; }
ping() { echo "ping $*"; }
`;

beforeAll(() => {
  if (!BUSYBOX) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'netatlas-probe-script-'));
  fs.mkdirSync(path.join(dir, 'bin'));
  for (const tool of ['sed', 'head', 'adjtimex', 'cat']) fs.symlinkSync(BUSYBOX, path.join(dir, 'bin', tool));
  for (const [name, text] of Object.entries(ANSWERS)) fs.writeFileSync(path.join(dir, name), text);
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function run(plan: ProbePlan) {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: path.join(dir, 'bin'), STUB_DIR: dir };
  const out = spawnSync(BUSYBOX!, ['sh', '-c', STUBS + PROBE_SCRIPT, ...probeArgv(plan)], { env, encoding: 'utf8', timeout: 20_000 });
  expect(out.status).toBe(0);
  return parseProbeOutput(out.stdout, plan.targets.length);
}

const names = (...values: string[]) => values.map((value) => ({ kind: 'name' as const, value }));
const ips = (...values: string[]) => values.map((value) => ({ kind: 'ip' as const, value }));

describe.skipIf(!BUSYBOX)('PROBE_SCRIPT under busybox sh (stub nslookup, nc and ping)', () => {
  it('tries a name at its first IPv4 answer, else its first IPv6 one, in both nslookup formats; never a zoned address', () => {
    const output = run({ protocol: 'tcp', port: 5432, targets: names('v6only', 'dual', 'old6', 'old4', 'zoned', 'nosuch') });
    expect(output.done).toBe(true);
    expect(output.missing).toEqual([]);
    expect(output.targets.map((t) => t.attempt?.ip ?? null)).toEqual(['fd00:db8:2::2', '10.210.1.2', 'fd00:db8:2::5', '10.210.1.6', null, null]);
    expect(output.targets[0].attempt!.output).toEqual(['nc -w 2 fd00:db8:2::2 5432 -e true']);
    expect(output.targets.every((t) => t.ended)).toBe(true);
  });

  it('connects to an IPv6 address target as it is', () => {
    const output = run({ protocol: 'tcp', port: 80, targets: ips('fd00:db8:2::2', '10.210.1.2') });
    expect(output.targets.map((t) => t.attempt!.output)).toEqual([['nc -w 2 fd00:db8:2::2 80 -e true'], ['nc -w 2 10.210.1.2 80 -e true']]);
  });

  it('takes hostile targets as plain words: nothing in them runs (the script never evals or splices its arguments)', () => {
    const marker = path.join(dir, 'pwned');
    const hostile = [`$(touch ${marker})`, `\`touch ${marker}\``, `db; touch ${marker}`, `-e touch ${marker}`];
    const output = run({ protocol: 'tcp', port: 80, targets: [...names(...hostile), ...ips(...hostile)] });
    expect(fs.existsSync(marker)).toBe(false);
    // Each name reached nslookup as one word (its own SERVFAIL line names it whole); no address was dialled.
    expect(output.targets.slice(0, hostile.length).map((t) => (t.dns ?? []).some((line) => line.includes(hostile[output.targets.indexOf(t)])))).toEqual(hostile.map(() => true));
    // As address targets they went to nc as one quoted word each, and the parser takes no non-address as tried.
    expect(output.targets.slice(hostile.length).map((t) => t.attempt ?? null)).toEqual(hostile.map(() => null));
    expect(fs.existsSync(marker)).toBe(false);
  });

  it('pings an IPv6 address with -6, an IPv4 one without', () => {
    const output = run({ protocol: 'icmp', port: null, targets: [...ips('fd00:db8:2::2', '10.210.1.2'), ...names('v6only')] });
    expect(output.targets.map((t) => t.attempt!.output)).toEqual([
      ['ping -6 -c 1 -W 2 fd00:db8:2::2'],
      ['ping -c 1 -W 2 10.210.1.2'],
      ['ping -6 -c 1 -W 2 fd00:db8:2::2'],
    ]);
  });
});
