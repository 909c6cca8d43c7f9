/**
 * A network namespace of a test's own, joined to this one by a veth pair on a /30: another machine on
 * the LAN, for tests of what is reachable from outside (from-the-lan, perimeter-peer). Root, ip and
 * nsenter are needed; `remove` takes the pair and the namespace away (also when the setup failed half-way).
 */
import { execFileSync } from 'node:child_process';

export interface VethNamespace {
  /** Where to run a command inside it: `nsenter --net=<path> …`. */
  path: string;
  /** Runs a command inside the namespace; its stdout. */
  run(args: string[]): string;
  remove(): void;
}

const sh = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Makes namespace `name` with `hostIp` on this side of the pair (`hostIf`) and `nsIp` inside (`nsIf`), both /30. */
export function vethNamespace(opts: { name: string; hostIf: string; nsIf: string; hostIp: string; nsIp: string }): VethNamespace {
  const path = `/run/netns/${opts.name}`;
  const run = (args: string[]) => sh('nsenter', [`--net=${path}`, ...args]);
  const remove = () => {
    try { sh('ip', ['link', 'del', opts.hostIf]); } catch { /* gone with the namespace */ }
    try { sh('ip', ['netns', 'del', opts.name]); } catch { /* never made */ }
  };
  sh('ip', ['netns', 'add', opts.name]);
  sh('ip', ['link', 'add', opts.hostIf, 'type', 'veth', 'peer', 'name', opts.nsIf]);
  sh('ip', ['link', 'set', opts.nsIf, 'netns', opts.name]);
  sh('ip', ['addr', 'add', `${opts.hostIp}/30`, 'dev', opts.hostIf]);
  sh('ip', ['link', 'set', opts.hostIf, 'up']);
  run(['ip', 'link', 'set', 'lo', 'up']);
  run(['ip', 'addr', 'add', `${opts.nsIp}/30`, 'dev', opts.nsIf]);
  run(['ip', 'link', 'set', opts.nsIf, 'up']);
  return { path, run, remove };
}
