import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import type Docker from 'dockerode';
import type Modem from 'docker-modem';
import { AppError } from '../errors/app-error';
import { readEngineFile } from './read-engine-file';
import type { EngineAddress } from './docker-host';
import type { EngineSpec } from './sources/engine-spec';
import { sshConnectConfig } from './sources/ssh-connect-config';
import { SshDialAgent } from './sources/ssh-dial-agent';

/** What to reach: an address and, for tcp+TLS or ssh, how. `certPath` is DOCKER_CERT_PATH (ca.pem, cert.pem, key.pem). */
export interface DockerTarget {
  address: EngineAddress;
  tls?: EngineSpec['tls'];
  ssh?: EngineSpec['ssh'];
  certPath?: string;
}

/**
 * docker-modem lays its own reading of DOCKER_HOST, DOCKER_CERT_PATH and DOCKER_CLIENT_TIMEOUT under
 * the options it is given. Naming every such key (undefined where unused) keeps one engine's options
 * from picking up another engine's address, certificates or timeout.
 */
const BLANK = {
  socketPath: undefined, host: undefined, port: undefined, protocol: undefined, username: undefined,
  ca: undefined, cert: undefined, key: undefined, sshOptions: undefined, timeout: undefined, version: undefined,
} satisfies Docker.DockerOptions;

const readTlsFile = (file: string, address: EngineAddress): Buffer =>
  readEngineFile(file, 'TLS file', address, 'Point the engine\'s tls.ca, tls.cert and tls.key (or DOCKER_CERT_PATH) at readable PEM files.');

/** Who ssh:// without a user logs in as: the local user, as with `ssh host`. */
function localUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER || process.env.LOGNAME || 'root'; // a uid without a passwd entry (some containers)
  }
}

type TlsOptions = Pick<Docker.DockerOptions, 'ca' | 'cert' | 'key'> & Pick<Modem.ConstructorOptions, 'agent'>;

function tlsOptions(target: DockerTarget): TlsOptions {
  const files = target.tls ?? (target.certPath
    ? { ca: path.join(target.certPath, 'ca.pem'), cert: path.join(target.certPath, 'cert.pem'), key: path.join(target.certPath, 'key.pem'), verify: true }
    : null);
  if (!files) return {};
  const pem = { ca: readTlsFile(files.ca, target.address), cert: readTlsFile(files.cert, target.address), key: readTlsFile(files.key, target.address) };
  // docker-modem passes no rejectUnauthorized; an agent's own options win over the request's in
  // node's http agent, so this is how "verify": false (SkipTLSVerify) reaches tls.connect.
  return files.verify ? pem : { ...pem, agent: new https.Agent({ rejectUnauthorized: false }) };
}

/**
 * dockerode options for one engine: a unix socket, tcp (https with the TLS files when the address asks
 * for TLS), or ssh (`docker system dial-stdio` run on the host through ssh2, with the host key checked
 * against known_hosts). `version` is the negotiated API version without the `v`;
 * `timeoutMs` false means no request timeout (the event stream), undefined means 10 s.
 * Throws an {@link AppError} when a TLS file or SSH credential cannot be read.
 */
export function dockerOptions(target: DockerTarget, opts: { version?: string; timeoutMs?: number | false } = {}): Docker.DockerOptions {
  const { address } = target;
  const timeout = opts.timeoutMs === false ? undefined : opts.timeoutMs ?? 10_000;
  const common = { ...BLANK, timeout, version: opts.version ? `v${opts.version}` : undefined };
  if (address.kind === 'unix') return { ...common, socketPath: address.socketPath };
  if (address.kind === 'tcp') {
    const protocol = address.tls ? 'https' : 'http';
    return { ...common, host: address.host, port: address.port, protocol, ...(address.tls ? tlsOptions(target) : {}) };
  }
  // Not docker-modem's own `protocol: 'ssh'`: it opens an SSH connection per request and crashes the
  // process when a request timeout is set (its ssh2 channel has no setTimeout). Plain http over an
  // agent that dials through one SSH connection does neither; host and port only name the request.
  const username = address.username ?? localUser();
  const ssh = sshConnectConfig(address, target.ssh, { timeoutMs: timeout });
  const agent = new SshDialAgent({ ...ssh, host: address.host, port: address.port, username }, address.raw);
  const options: Docker.DockerOptions & Pick<Modem.ConstructorOptions, 'agent'> = { ...common, protocol: 'http', host: address.host, port: address.port, agent };
  return options;
}
