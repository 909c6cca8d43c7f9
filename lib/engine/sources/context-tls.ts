import path from 'node:path';
import type { EngineSpec } from './engine-spec';
import { fileUnreadable } from './file-unreadable';

/** TLS of a context, or why netatlas cannot use it. `tls` undefined with no problem means plain tcp. */
export type ContextTls = { tls?: EngineSpec['tls']; problem?: string };

/**
 * The TLS material the Docker CLI stores for a context (`contexts/tls/<sha256(name)>/docker/
 * {ca,cert,key}.pem`, written by `docker context create --docker "host=…,ca=…,cert=…,key=…"`),
 * with SkipTLSVerify as `verify: false`. netatlas needs all three files: a daemon reachable over
 * TLS without a client certificate accepts anyone.
 */
export function contextTls(dockerConfigDir: string, hash: string, name: string, skipTLSVerify: boolean): ContextTls {
  const dir = path.join(dockerConfigDir, 'contexts', 'tls', hash, 'docker');
  const files = { ca: path.join(dir, 'ca.pem'), cert: path.join(dir, 'cert.pem'), key: path.join(dir, 'key.pem') };
  const missing = Object.values(files).filter((f) => fileUnreadable(f) !== null);
  if (missing.length === 0) return { tls: { ...files, verify: !skipTLSVerify } };
  if (missing.length === 3 && !skipTLSVerify) return {};
  const fix = `give it all three with docker context update ${name} --docker "host=…,ca=…,cert=…,key=…"`;
  if (missing.length === 3) return { problem: `context "${name}" asks for TLS (SkipTLSVerify) but has no client certificate in ${dir}; netatlas needs one: ${fix}` };
  return { problem: `context "${name}" has TLS material in ${dir} but cannot read ${missing.join(', ')}; ${fix}` };
}
