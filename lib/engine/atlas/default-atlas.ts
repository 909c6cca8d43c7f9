import 'server-only';
import { AppError } from '../../errors/app-error';
import { DEFAULT_ENGINE_ID } from '../../topology/engine-id';
import { DEFAULT_DOCKER_HOST, parseDockerHost } from '../docker-host';
import { envLabelPolicy } from '../env-label-policy';
import { describeProblem } from '../sources/describe-problem';
import type { SourceProblem } from '../sources/engine-spec';
import { loadEngineSpecs } from '../sources/load-engine-specs';
import { Atlas } from './atlas';
import type { AtlasMember } from './atlas-member';
import { toAtlasMember, toMisconfiguredMember } from './to-atlas-member';

const KEY = Symbol.for('netatlas.atlas');
type Holder = { [KEY]?: Atlas };

/**
 * A local engine netatlas cannot use (DOCKER_HOST malformed, its TLS files missing, a context that is
 * not there, plain tcp:// to another machine): on the map as misconfigured, in the loader's words (a
 * malformed DOCKER_HOST keeps the parser's own error, code and hint).
 */
function brokenLocal(problem: SourceProblem): AtlasMember {
  let error = new AppError('invalid_docker_host', describeProblem(problem));
  if (problem.file === 'DOCKER_HOST' && !problem.field) {
    try {
      parseDockerHost(process.env.DOCKER_HOST);
    } catch (err) {
      if (err instanceof AppError) error = err;
    }
  }
  return { id: DEFAULT_ENGINE_ID, name: 'local', host: process.env.DOCKER_HOST?.trim() || DEFAULT_DOCKER_HOST, source: 'env', origin: problem.file, client: null, watcher: null, problem: error, last: null };
}

/**
 * Every engine the configuration names: DOCKER_HOST or the current context, then the config file's;
 * each reads with the one label policy of this server (NETATLAS_SHOW_LABELS, read here once).
 */
function createAtlas(): Atlas {
  const { specs, problems } = loadEngineSpecs(process.env);
  const labels = envLabelPolicy(process.env);
  const members = specs.map((spec) => toAtlasMember(spec, labels.policy));
  const localProblem = problems.find((p) => p.local);
  if (localProblem && !members.some((m) => m.id === DEFAULT_ENGINE_ID)) members.unshift(brokenLocal(localProblem));
  const taken = new Set(members.map((m) => m.id));
  for (const p of problems) {
    const m = toMisconfiguredMember(p, taken);
    if (m) {
      members.push(m);
      taken.add(m.id);
    }
  }
  for (const p of problems) console.warn(`[netatlas] engine configuration: ${p.file}${p.field ? ` ${p.field}` : ''}: ${p.message}`);
  if (labels.problem) console.warn(`[netatlas] configuration: NETATLAS_SHOW_LABELS: ${labels.problem.message}`);
  const shown = problems.map(({ file, field, message }) => ({ file, field, message }));
  return new Atlas(members, labels.problem ? [...shown, labels.problem] : shown);
}

/**
 * Every engine this server shows, created once per process (kept on globalThis so that dev-mode
 * module reloads do not open second connections).
 */
export function defaultAtlas(): Atlas {
  const holder = globalThis as Holder;
  holder[KEY] ??= createAtlas();
  return holder[KEY];
}

/** Forgets the atlas (stopping its watchers): the next call reads the configuration again. Tests only. */
export function resetDefaultAtlas(): void {
  const holder = globalThis as Holder;
  holder[KEY]?.stop();
  delete holder[KEY];
}
