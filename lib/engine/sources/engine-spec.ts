import type { EngineAddress } from '../docker-host';

/** One engine netatlas should show: where it came from and how to reach it. No connection is made yet. */
export interface EngineSpec {
  /** netatlas engine id: 'default' for the local engine (DOCKER_HOST, else the current context, else the default socket); toEngineId(name) for config entries. */
  id: string;
  /** Display name: the config entry's name, the context's name, or 'local' for DOCKER_HOST / the default socket. */
  name: string;
  source: 'env' | 'context' | 'config';
  /** Human words for where it came from, e.g. 'DOCKER_HOST', 'context "prod" (/root/.docker/contexts/meta/<hash>/meta.json)', '/work/x/netatlas.config.json engines[1]'. */
  origin: string;
  address: EngineAddress;
  /** TLS client files (paths) for tcp:// with TLS. */
  tls?: { ca: string; cert: string; key: string; verify: boolean };
  /** ssh:// options. */
  ssh?: { knownHostsFile: string; allowUnknownHostKey: boolean; identityFile?: string };
}

/** Why a source (or one entry of it) gave no engine. The other engines still load. */
export interface SourceProblem {
  /** the file (or 'DOCKER_HOST' / env var name) */
  file: string;
  /** e.g. 'engines[1].host' or '' for the whole file */
  field: string;
  message: string;
  /** the engine's name when the problem belongs to one entry */
  name?: string;
  /** The problem is the local engine's (DOCKER_HOST or the current context): there is no local engine. */
  local?: boolean;
}
