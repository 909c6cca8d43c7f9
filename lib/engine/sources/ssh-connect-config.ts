import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ConnectConfig } from 'ssh2';
import { AppError } from '../../errors/app-error';
import type { EngineAddress } from '../docker-host';
import { readEngineFile } from '../read-engine-file';
import type { EngineSpec } from './engine-spec';
import { findKnownHostKeys } from './known-hosts';
import { sshHostVerifier } from './ssh-host-verifier';

type SshAddress = Extract<EngineAddress, { kind: 'ssh' }>;

/** Host key algorithms ssh2 can verify, by the key type a known_hosts line carries. */
const ALGORITHMS_BY_KEY_TYPE: Record<string, string[]> = {
  'ssh-ed25519': ['ssh-ed25519'],
  'ecdsa-sha2-nistp256': ['ecdsa-sha2-nistp256'],
  'ecdsa-sha2-nistp384': ['ecdsa-sha2-nistp384'],
  'ecdsa-sha2-nistp521': ['ecdsa-sha2-nistp521'],
  'ssh-rsa': ['rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa'],
};

/**
 * Asks the server for the key types known_hosts already holds for it, as OpenSSH does: a host with
 * an RSA key on file that also has an Ed25519 key would otherwise offer the Ed25519 one and be
 * refused as a mismatch.
 */
function knownAlgorithms(file: string, address: SshAddress): string[] | undefined {
  let content: string;
  try {
    content = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const types = new Set(findKnownHostKeys(content, address.host, address.port).filter((k) => !k.revoked).map((k) => k.keyType));
  const algorithms = [...types].flatMap((t) => ALGORITHMS_BY_KEY_TYPE[t] ?? []);
  return algorithms.length ? algorithms : undefined;
}

function readIdentity(file: string, address: SshAddress): Buffer {
  return readEngineFile(file, 'SSH identity file', address, 'Point "identity" at a readable private key, or load the key into ssh-agent (SSH_AUTH_SOCK).');
}

/** Agent when SSH_AUTH_SOCK is set, else the identity file (default ~/.ssh/id_ed25519, then id_rsa). */
function credentials(address: SshAddress, ssh: EngineSpec['ssh'], env: Record<string, string | undefined>, home: string): Pick<ConnectConfig, 'agent' | 'privateKey'> {
  const agent = env.SSH_AUTH_SOCK || undefined;
  if (ssh?.identityFile) return { agent, privateKey: readIdentity(ssh.identityFile, address) };
  if (agent) return { agent };
  const fallback = ['id_ed25519', 'id_rsa'].map((f) => path.join(home, '.ssh', f)).find((f) => fs.existsSync(f));
  if (fallback) return { privateKey: readIdentity(fallback, address) };
  throw new AppError(
    'engine_unreachable',
    `No SSH credentials for ${address.raw}: SSH_AUTH_SOCK is not set and there is no ${path.join(home, '.ssh', 'id_ed25519')} or id_rsa.`,
    'Start ssh-agent and add a key (ssh-add), or set "identity" on this engine in the netatlas config.',
  );
}

/**
 * ssh2 connect options for an ssh:// engine (docker-modem adds host, port and username): the host
 * key checked against known_hosts, and the credentials. Throws an {@link AppError} when no credential
 * can be found or read, before any connection is tried.
 */
export function sshConnectConfig(
  address: SshAddress,
  ssh: EngineSpec['ssh'],
  opts: { timeoutMs?: number; env?: Record<string, string | undefined>; home?: string } = {},
): ConnectConfig {
  const home = opts.home ?? os.homedir();
  const knownHostsFile = ssh?.knownHostsFile ?? path.join(home, '.ssh', 'known_hosts');
  const serverHostKey = knownAlgorithms(knownHostsFile, address);
  return {
    hostVerifier: sshHostVerifier({ host: address.host, port: address.port, knownHostsFile, allowUnknownHostKey: ssh?.allowUnknownHostKey ?? false }),
    ...(serverHostKey ? { algorithms: { serverHostKey: serverHostKey as NonNullable<ConnectConfig['algorithms']>['serverHostKey'] } } : {}),
    ...credentials(address, ssh, opts.env ?? process.env, home),
    ...(opts.timeoutMs ? { readyTimeout: opts.timeoutMs } : {}),
  };
}
