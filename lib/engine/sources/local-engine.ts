import path from 'node:path';
import type { AppError } from '../../errors/app-error';
import { DEFAULT_ENGINE_ID } from '../../topology/engine-id';
import { parseDockerHost, type EngineAddress } from '../docker-host';
import { PLAIN_TCP } from './config-endpoint';
import { currentContext } from './current-context';
import { isLoopbackHost } from './is-loopback';
import type { EngineSpec, SourceProblem } from './engine-spec';
import { fileUnreadable } from './file-unreadable';
import { readDockerContext } from './read-docker-context';

type Env = Record<string, string | undefined>;
export interface LocalPaths {
  home: string;
  /** DOCKER_CONFIG, default `<home>/.docker`. */
  dockerConfigDir: string;
}
export interface LocalEngine {
  spec?: EngineSpec;
  problems: SourceProblem[];
}

/** Set and not "0" (the Docker CLI counts any non-empty value; netatlas keeps "0" meaning off, as before). */
const on = (value: string | undefined) => Boolean(value?.trim() && value.trim() !== '0');

function sshDefaults(address: EngineAddress, home: string): Pick<EngineSpec, 'ssh'> {
  return address.kind === 'ssh' ? { ssh: { knownHostsFile: path.join(home, '.ssh', 'known_hosts'), allowUnknownHostKey: false } } : {};
}

/** DOCKER_HOST with DOCKER_TLS_VERIFY / DOCKER_TLS and DOCKER_CERT_PATH (default: the Docker config directory), as the Docker CLI reads them. */
function fromDockerHost(env: Env, paths: LocalPaths): LocalEngine {
  const verify = on(env.DOCKER_TLS_VERIFY);
  let address: EngineAddress;
  try {
    address = parseDockerHost(env.DOCKER_HOST, { tls: verify || on(env.DOCKER_TLS) });
  } catch (err) {
    const e = err as AppError;
    return { problems: [{ file: 'DOCKER_HOST', field: '', message: `${e.message} ${e.hint ?? ''}`.trim() }] };
  }
  const spec: EngineSpec = { id: DEFAULT_ENGINE_ID, name: 'local', source: 'env', origin: 'DOCKER_HOST', address, ...sshDefaults(address, paths.home) };
  if (address.kind !== 'tcp' || !address.tls) return { spec, problems: [] };
  const certPath = env.DOCKER_CERT_PATH?.trim();
  const dir = certPath ? path.resolve(certPath) : paths.dockerConfigDir;
  const tls = { ca: path.join(dir, 'ca.pem'), cert: path.join(dir, 'cert.pem'), key: path.join(dir, 'key.pem'), verify };
  const problems = [tls.ca, tls.cert, tls.key].flatMap((file): SourceProblem[] => {
    const why = fileUnreadable(file);
    const asker = verify ? 'DOCKER_TLS_VERIFY' : 'DOCKER_TLS';
    return why ? [{ file: certPath ? 'DOCKER_CERT_PATH' : 'DOCKER_HOST', field: '', message: `cannot read ${file} (${why}): ${asker} asks for TLS, which needs ca.pem, cert.pem and key.pem in DOCKER_CERT_PATH (default ${paths.dockerConfigDir})` }] : [];
  });
  return problems.length ? { problems } : { spec: { ...spec, tls }, problems: [] };
}

function fromContext(name: string, from: string, paths: LocalPaths): LocalEngine {
  const read = readDockerContext(name, paths.dockerConfigDir);
  if (!read.ok) {
    // A context that is not there is the fault of whoever named it; a broken one, of its files.
    const problem = read.missing
      ? { file: from, field: from === 'DOCKER_CONTEXT' ? '' : 'currentContext', message: read.message }
      : { file: read.file, field: '', message: read.message };
    return { problems: [problem] };
  }
  const { context } = read;
  return {
    spec: {
      id: DEFAULT_ENGINE_ID, name, source: 'context', origin: `context "${name}" (${context.metaFile})`, address: context.address,
      ...(context.tls ? { tls: context.tls } : {}), ...sshDefaults(context.address, paths.home),
    },
    problems: [],
  };
}

/**
 * The engine the Docker CLI would talk to: DOCKER_HOST if set, else the current context
 * (DOCKER_CONTEXT, else `currentContext` in config.json) unless it is "default", else the default
 * socket. Always id 'default'. When the named source is unusable there is no local engine (showing
 * another engine under its name would mislead) and a problem says why.
 */
export function readLocalEngine(env: Env, paths: LocalPaths): LocalEngine {
  const local = findLocalEngine(env, paths);
  const problems = local.problems.map((p) => ({ ...p, local: true }));
  const address = local.spec?.address;
  // The dashboard holds the keys to the host: plain tcp:// only to loopback, wherever it comes from.
  if (address?.kind === 'tcp' && !address.tls && !isLoopbackHost(address.host)) {
    const file = local.spec!.source === 'env' ? 'DOCKER_HOST' : local.spec!.origin;
    return { problems: [...problems, { file, field: '', local: true, message: `${address.raw}: ${PLAIN_TCP}. Set DOCKER_TLS_VERIFY=1 with DOCKER_CERT_PATH (ca.pem, cert.pem, key.pem), or use ssh://` }] };
  }
  return { spec: local.spec, problems };
}

function findLocalEngine(env: Env, paths: LocalPaths): LocalEngine {
  if (env.DOCKER_HOST?.trim()) return fromDockerHost(env, paths);
  const current = currentContext(env, paths.dockerConfigDir);
  const problems = current.problem ? [current.problem] : [];
  if (current.name) {
    const local = fromContext(current.name, current.from, paths);
    return { spec: local.spec, problems: [...problems, ...local.problems] };
  }
  const address = parseDockerHost(undefined);
  return { spec: { id: DEFAULT_ENGINE_ID, name: 'local', source: 'env', origin: 'default socket (no DOCKER_HOST, no current context)', address }, problems };
}
