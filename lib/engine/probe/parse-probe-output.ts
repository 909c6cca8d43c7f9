/**
 * What the probe helper printed (see probe-script.ts), sorted back into one record per target. Pure:
 * unit-tested on output captured from real engines (lib/engine/__fixtures__/probe/*.txt).
 */

/** One target's lines: the lookup (names only) and the connect or ping, when it got that far. */
export interface TargetRun {
  /** nslookup's output lines; null for an address target, or when the lookup never finished. */
  dns: string[] | null;
  dnsExit: number | null;
  attempt: {
    /** The address connected to or pinged: an address target itself, or a name's first IPv4 answer, else its first IPv6 one. */
    ip: string;
    exit: number;
    /** Wall-clock time around the nc/ping process, in µs; null when the clock could not be read. */
    elapsedUs: number | null;
    output: string[];
  } | null;
  /** False when the helper was stopped (time limit) before this target finished. */
  ended: boolean;
}

export interface ProbeOutput {
  /** Tools the probe image lacks (`@missing nc`). */
  missing: string[];
  /** True when the script ran to its end. */
  done: boolean;
  targets: TargetRun[];
}

const TAGGED = /^@(\d+) (dns|dns-exit|try|out|end)(?: (.*))?$/;
/** The address a `try` line names: IPv4, or IPv6 (hex digits and colons, a dotted tail allowed). */
const ADDRESS = String.raw`(\d{1,3}(?:\.\d{1,3}){3}|[0-9a-fA-F.]*:[0-9a-fA-F:.]*)`;
const TRY = new RegExp(String.raw`^${ADDRESS} (\d+) (\d+) (\d+) (\d+) (\d+)\s*$`);
const TRY_NO_CLOCK = new RegExp(String.raw`^${ADDRESS} (\d+)\b`);

function elapsedUs(m: RegExpExecArray): number {
  const t0 = Number(m[3]) * 1e6 + Number(m[4]);
  const t1 = Number(m[5]) * 1e6 + Number(m[6]);
  return Math.max(0, t1 - t0);
}

function parseTry(rest: string): TargetRun['attempt'] {
  const m = TRY.exec(rest);
  if (m) return { ip: m[1], exit: Number(m[2]), elapsedUs: elapsedUs(m), output: [] };
  const n = TRY_NO_CLOCK.exec(rest);
  return n ? { ip: n[1], exit: Number(n[2]), elapsedUs: null, output: [] } : null;
}

/**
 * Sorts the helper's stdout into `count` target records (target i is `@i`, counted from 1). Lines
 * of different targets may interleave; untagged lines and tags beyond `count` are ignored.
 */
export function parseProbeOutput(text: string, count: number): ProbeOutput {
  const targets: TargetRun[] = Array.from({ length: count }, () => ({ dns: null, dnsExit: null, attempt: null, ended: false }));
  const out: ProbeOutput = { missing: [], done: false, targets };
  for (const line of text.split(/\r?\n/)) {
    if (line === '@done') out.done = true;
    const missing = /^@missing (\S+)$/.exec(line);
    if (missing) out.missing.push(missing[1]);
    const m = TAGGED.exec(line);
    const t = m ? targets[Number(m[1]) - 1] : undefined;
    if (!m || !t) continue;
    const rest = m[3] ?? '';
    switch (m[2]) {
      case 'dns': (t.dns ??= []).push(rest); break;
      case 'dns-exit': t.dnsExit = Number(rest); t.dns ??= []; break;
      case 'try': t.attempt = parseTry(rest); break;
      case 'out': t.attempt?.output.push(rest); break;
      case 'end': t.ended = true; break;
    }
  }
  return out;
}

/**
 * The addresses in busybox nslookup's answer: the `Address:` lines after the first `Name:` (the
 * lines before it name the resolver, 127.0.0.11 on user-defined networks). Handles both formats,
 * `Address: 10.0.0.2` (busybox ≥ 1.28) and `Address 1: 10.0.0.2 db.backend` (older). IPv6 included.
 */
export function parseNslookup(lines: string[]): string[] {
  const addresses: string[] = [];
  let inAnswer = false;
  for (const line of lines) {
    if (/^Name:/.test(line)) inAnswer = true;
    const m = /^Address(?:\s+\d+)?:\s*(\S+)/.exec(line);
    if (m && inAnswer && !addresses.includes(m[1])) addresses.push(m[1]);
  }
  return addresses;
}
