import { AppError } from '../../errors/app-error';
import { toEngineId } from '../../topology/engine-id';
import { EngineClient } from '../engine-client';
import { EngineWatcher } from '../engine-watcher';
import type { LabelPolicy } from '../../topology/label-policy';
import type { EngineSpec, SourceProblem } from '../sources/engine-spec';
import type { AtlasMember } from './atlas-member';

/** Never shows credentials: `ssh://user@host` keeps the user, tcp/unix addresses have none. */
const shownHost = (spec: EngineSpec) => spec.address.raw.replace(/\/\/[^@/]*:[^@/]*@/, '//');

/**
 * A configured engine with its client and watcher, reached exactly as its spec says (TLS files as
 * the loader found them, ssh with its known_hosts), the local engine too. `labelPolicy` decides which
 * label values its topologies carry.
 */
export function toAtlasMember(spec: EngineSpec, labelPolicy?: LabelPolicy): AtlasMember {
  const base = { id: spec.id, name: spec.name, host: shownHost(spec), source: spec.source, origin: spec.origin, last: null };
  try {
    const client = new EngineClient(spec.address, { tls: spec.tls, ssh: spec.ssh, labelPolicy });
    return { ...base, client, watcher: new EngineWatcher(client, { engineId: spec.id }), problem: null };
  } catch (err) {
    return { ...base, client: null, watcher: null, problem: err instanceof AppError ? err : new AppError('engine_misconfigured', String(err)) };
  }
}

/** An engine entry the configuration named but got wrong: on the map as "misconfigured", saying where. */
export function toMisconfiguredMember(problem: SourceProblem, taken: Set<string>): AtlasMember | null {
  if (!problem.name) return null;
  const id = toEngineId(problem.name) || 'unnamed';
  if (taken.has(id)) return null;
  const where = problem.field ? `${problem.file} ${problem.field}` : problem.file;
  return {
    id, name: problem.name, host: '', source: 'config', origin: where, client: null, watcher: null, last: null,
    problem: new AppError('engine_misconfigured', `${where}: ${problem.message}`, 'Fix the entry; the other engines are shown meanwhile.'),
  };
}
