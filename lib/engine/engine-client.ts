import 'server-only';
import Docker from 'dockerode';
import { AppError } from '../errors/app-error';
import { DEFAULT_LABEL_POLICY, type LabelPolicy } from '../topology/label-policy';
import type { EngineInfo } from '../topology/types';
import { isVersionRefusal, negotiateApiVersion } from './api-version';
import type { EngineAddress } from './docker-host';
import { dockerOptions as toDockerOptions } from './docker-options';
import { toAppError } from './engine-errors';
import { InspectCache } from './inspect-cache';
import { BuildMemo } from '../topology/build-memo';
import type { KeptConfigs } from './read-container-configs';
import type { EngineSpec } from './sources/engine-spec';

/** A negotiated connection: a dockerode client pinned to the agreed API version, and engine facts. */
export interface EngineSession {
  docker: Docker;
  /** Same engine and version without a request timeout, for the long-lived event stream. */
  streaming: Docker;
  info: EngineInfo;
  inspects: InspectCache;
  /** What the last reads built of each container, handed back while its answers are the same objects (BuildMemo). */
  builds: BuildMemo;
  /** The doctor's container configs, kept while each container lives (lib/engine/read-container-configs.ts). */
  configs: KeptConfigs;
  /** Which label values the objects read in this session may carry (the rest are withheld at the reshape). */
  labels: LabelPolicy;
}

export interface EngineClientOptions {
  /** Per-request timeout in ms; a hung engine becomes `engine_unreachable` instead of a hung page. */
  timeoutMs?: number;
  /** TLS client files for tcp:// with TLS. */
  tls?: EngineSpec['tls'];
  /** known_hosts and credentials for ssh://. */
  ssh?: EngineSpec['ssh'];
  /** Which label values reach the domain model; the allowlist alone when not given. */
  labelPolicy?: LabelPolicy;
}

const CONNECTION_CODES = new Set(['engine_unreachable', 'engine_permission_denied', 'engine_too_old']);

function dockerOptions(address: EngineAddress, opts: EngineClientOptions, version?: string, timeout = true): Docker.DockerOptions {
  return toDockerOptions({ address, tls: opts.tls, ssh: opts.ssh }, { version, timeoutMs: timeout ? opts.timeoutMs ?? 10_000 : false });
}

/**
 * One engine. Negotiates the API version on first use (`GET /version`, which also gives the server
 * version shown in the header), keeps the session while the engine answers, and drops it when the
 * connection fails so the next call negotiates again (the engine may have been upgraded meanwhile).
 */
export class EngineClient {
  private session: Promise<EngineSession> | null = null;

  constructor(readonly address: EngineAddress, private readonly options: EngineClientOptions = {}) {}

  /**
   * Runs `fn` against the negotiated engine; every failure comes out as an {@link AppError}. An engine
   * that refuses the negotiated version (upgraded or restarted with another minimum while netatlas ran)
   * is negotiated with again and `fn` retried once: the engine refuses such a request before acting on it.
   */
  async call<T>(fn: (session: EngineSession) => Promise<T>): Promise<T> {
    return this.attempt(fn, true);
  }

  private async attempt<T>(fn: (session: EngineSession) => Promise<T>, mayRenegotiate: boolean): Promise<T> {
    let session: EngineSession | null = null;
    try {
      session = await this.connect();
      return await fn(session);
    } catch (err) {
      const e = err as { statusCode?: number; json?: { message?: string } | null; message?: string };
      if (session && isVersionRefusal(e.statusCode, e.json?.message ?? e.message ?? '')) {
        this.session = null;
        if (mayRenegotiate) return this.attempt(fn, false);
      }
      const appError = toAppError(err, this.address);
      if (CONNECTION_CODES.has(appError.code)) this.session = null;
      throw appError;
    }
  }

  private connect(): Promise<EngineSession> {
    if (!this.session) {
      this.session = this.negotiate();
      this.session.catch(() => { this.session = null; });
    }
    return this.session;
  }

  private async negotiate(): Promise<EngineSession> {
    const probe = new Docker(dockerOptions(this.address, this.options));
    const version = await probe.version();
    const negotiation = negotiateApiVersion({ apiVersion: version.ApiVersion, minApiVersion: version.MinAPIVersion });
    if (!negotiation.ok) {
      throw new AppError(
        'engine_too_old',
        `The Docker engine at ${this.address.raw} (Docker ${version.Version}) cannot be read: ${negotiation.message}`,
        negotiation.reason === 'engine_too_new' ? 'Upgrade netatlas.' : 'Upgrade Docker to 1.13 or newer.',
      );
    }
    const apiVersion = negotiation.version;
    const docker = new Docker(dockerOptions(this.address, this.options, apiVersion));
    const info = await docker.info();
    return {
      docker,
      streaming: new Docker(dockerOptions(this.address, this.options, apiVersion, false)),
      inspects: new InspectCache(),
      builds: new BuildMemo(),
      configs: new Map(),
      labels: this.options.labelPolicy ?? DEFAULT_LABEL_POLICY,
      info: {
        id: info.ID,
        name: info.Name,
        serverVersion: version.Version,
        apiVersion,
        engineApiVersion: version.ApiVersion,
        minApiVersion: version.MinAPIVersion ?? null,
        host: this.address.raw,
        swarmManager: info.Swarm?.ControlAvailable === true,
        swarmNodeId: info.Swarm?.NodeID || null,
      },
    };
  }
}
