import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseEngineHost, type EngineAddress } from '../docker-host';
import { contextTls } from './context-tls';
import type { EngineSpec } from './engine-spec';
import { jsonErrorWords } from './json-error-words';

/** A Docker CLI context's docker endpoint, as netatlas will reach it. */
export interface DockerContextEndpoint {
  name: string;
  /** `<config dir>/contexts/meta/<sha256(name)>/meta.json` */
  metaFile: string;
  address: EngineAddress;
  tls?: EngineSpec['tls'];
}

/** A context, or why not; `missing` when there is no context of that name (the caller names who asked for it). */
export type ReadContext = { ok: true; context: DockerContextEndpoint } | { ok: false; file: string; message: string; missing: boolean };

interface ContextMeta {
  Name?: unknown;
  Endpoints?: { docker?: { Host?: unknown; SkipTLSVerify?: unknown } };
}

/** Names of the contexts there are, for a message about one that is not. */
function contextNames(metaDir: string): string[] {
  try {
    return fs.readdirSync(metaDir).flatMap((hash) => {
      try {
        const name = (JSON.parse(fs.readFileSync(path.join(metaDir, hash, 'meta.json'), 'utf8')) as ContextMeta).Name;
        return typeof name === 'string' ? [name] : [];
      } catch {
        return [];
      }
    }).sort();
  } catch {
    return [];
  }
}

function readMeta(metaFile: string, name: string): { meta: ContextMeta } | { message: string; missing: boolean } {
  let text: string;
  try {
    text = fs.readFileSync(metaFile, 'utf8');
  } catch {
    const names = contextNames(path.dirname(path.dirname(metaFile)));
    return { missing: true, message: `there is no Docker context "${name}" (${names.length ? `there are: ${names.slice(0, 10).join(', ')}` : 'there are none'}; see docker context ls)` };
  }
  try {
    return { meta: JSON.parse(text) as ContextMeta };
  } catch (err) {
    return { missing: false, message: `the metadata of context "${name}" is ${jsonErrorWords(err, text)}` };
  }
}

/**
 * Reads a context as the Docker CLI stores it: `contexts/meta/<sha256(name)>/meta.json` with
 * `Endpoints.docker.Host` and `SkipTLSVerify`, and its TLS files (see {@link contextTls}).
 */
export function readDockerContext(name: string, dockerConfigDir: string): ReadContext {
  const hash = createHash('sha256').update(name).digest('hex');
  const metaFile = path.join(dockerConfigDir, 'contexts', 'meta', hash, 'meta.json');
  const read = readMeta(metaFile, name);
  if ('message' in read) return { ok: false, file: metaFile, message: read.message, missing: read.missing };
  const fail = (message: string): ReadContext => ({ ok: false, file: metaFile, message, missing: false });
  const endpoint = read.meta.Endpoints?.docker;
  if (!endpoint || typeof endpoint.Host !== 'string') return fail(`context "${name}" has no docker endpoint (Endpoints.docker.Host)`);
  const host = endpoint.Host.trim() || 'unix:///var/run/docker.sock';
  const tls = host.startsWith('tcp://') ? contextTls(dockerConfigDir, hash, name, endpoint.SkipTLSVerify === true) : {};
  if (tls.problem) return fail(tls.problem);
  const parsed = parseEngineHost(host, { tls: Boolean(tls.tls) });
  if (!parsed.ok) return fail(`context "${name}" has the host "${host}", which is not usable: ${parsed.why}`);
  return { ok: true, context: { name, metaFile, address: parsed.address, ...(tls.tls ? { tls: tls.tls } : {}) } };
}
