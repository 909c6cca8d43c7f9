import path from 'node:path';
import { parseEngineHost, type EngineAddress } from '../docker-host';
import type { ConfigEntry } from './config-entry-schema';
import type { EngineSpec } from './engine-spec';
import { fileUnreadable } from './file-unreadable';
import { isLoopbackHost } from './is-loopback';
import { readDockerContext } from './read-docker-context';

export interface ConfigContext {
  /** The config file (absolute); relative paths in it are relative to its directory. */
  file: string;
  home: string;
  dockerConfigDir: string;
}

/** How to reach one config entry's engine, or the problems (field below `engines[i]`, and words). */
export type ConfigEndpoint =
  | { ok: true; endpoint: Pick<EngineSpec, 'address' | 'tls' | 'ssh'> }
  | { ok: false; problems: { field: string; message: string }[] };

export const PLAIN_TCP = 'plain tcp:// has no encryption and no login, so anyone who reaches the port is root on that machine; netatlas allows it only to loopback (127.0.0.0/8, ::1, localhost)';

function resolvePath(p: string, ctx: ConfigContext): string {
  if (p === '~' || p.startsWith('~/')) return path.join(ctx.home, p.slice(1));
  return path.resolve(path.dirname(ctx.file), p);
}

function fromHostOrContext(entry: ConfigEntry, ctx: ConfigContext): { address: EngineAddress; tls?: EngineSpec['tls'] } | { field: string; message: string } {
  if (entry.context !== undefined) {
    if (entry.tls) return { field: 'tls', message: `comes from context "${entry.context}" (docker context update ${entry.context} --docker "host=…,ca=…,cert=…,key=…"); remove it here` };
    const read = readDockerContext(entry.context, ctx.dockerConfigDir);
    if (!read.ok) return { field: 'context', message: read.missing ? read.message : `${read.message} (${read.file})` };
    return { address: read.context.address, tls: read.context.tls };
  }
  const parsed = parseEngineHost(entry.host!, { tls: Boolean(entry.tls) });
  if (!parsed.ok) return { field: 'host', message: `"${entry.host}" is not usable: ${parsed.why}` };
  if (entry.tls && parsed.address.kind !== 'tcp') return { field: 'tls', message: 'only applies to tcp:// hosts' };
  const tls = entry.tls && { ca: resolvePath(entry.tls.ca, ctx), cert: resolvePath(entry.tls.cert, ctx), key: resolvePath(entry.tls.key, ctx), verify: entry.tls.verify ?? true };
  return { address: parsed.address, ...(tls ? { tls } : {}) };
}

/** Problems with files the entry names: TLS files, known_hosts and identity when given. */
function unreadableFiles(files: [string, string | undefined][]): { field: string; message: string }[] {
  return files.flatMap(([field, file]) => {
    const why = file ? fileUnreadable(file) : null;
    return why ? [{ field, message: `cannot read ${file} (${why})` }] : [];
  });
}

/**
 * Resolves a config entry's `host` or `context` to an address with its TLS or SSH options, applying
 * the rules: plain tcp:// only to loopback, TLS files readable, ssh options only for ssh://.
 */
export function configEndpoint(entry: ConfigEntry, ctx: ConfigContext): ConfigEndpoint {
  const where = entry.context !== undefined ? 'context' : 'host';
  const resolved = fromHostOrContext(entry, ctx);
  if ('field' in resolved) return { ok: false, problems: [resolved] };
  const { address, tls } = resolved;
  const sshOnly = (['knownHosts', 'allowUnknownHostKey', 'identity'] as const).filter((k) => entry[k] !== undefined);
  if (address.kind !== 'ssh' && sshOnly.length) return { ok: false, problems: sshOnly.map((field) => ({ field, message: 'only applies to ssh:// hosts' })) };
  if (address.kind === 'tcp' && !address.tls && !isLoopbackHost(address.host)) {
    const fix = where === 'host' ? 'add "tls": {"ca", "cert", "key"} for a daemon started with --tlsverify, or use ssh://' : `give the context TLS material (docker context update ${entry.context} --docker "host=…,ca=…,cert=…,key=…"), or use ssh://`;
    return { ok: false, problems: [{ field: where, message: `${address.raw}: ${PLAIN_TCP}. To reach ${address.host}, ${fix}` }] };
  }
  const ssh = address.kind === 'ssh' ? {
    knownHostsFile: entry.knownHosts ? resolvePath(entry.knownHosts, ctx) : path.join(ctx.home, '.ssh', 'known_hosts'),
    allowUnknownHostKey: entry.allowUnknownHostKey ?? false,
    ...(entry.identity ? { identityFile: resolvePath(entry.identity, ctx) } : {}),
  } : undefined;
  const problems = unreadableFiles(entry.tls && tls
    ? [['tls.ca', tls.ca], ['tls.cert', tls.cert], ['tls.key', tls.key]]
    : [['knownHosts', entry.knownHosts && ssh?.knownHostsFile], ['identity', ssh?.identityFile]]);
  if (problems.length) return { ok: false, problems };
  return { ok: true, endpoint: { address, ...(tls ? { tls } : {}), ...(ssh ? { ssh } : {}) } };
}
