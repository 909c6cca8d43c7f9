import os from 'node:os';
import path from 'node:path';
import { admissionProblem } from './admission-problem';
import type { EngineSpec, SourceProblem } from './engine-spec';
import { readLocalEngine } from './local-engine';
import { readConfigFile } from './read-config-file';
import { toConfigSpec } from './to-config-spec';

/**
 * Every engine netatlas should show, and every problem met finding them. Reads, in order:
 * 1. the local engine (id 'default'): DOCKER_HOST, else the Docker CLI's current context, else
 *    unix:///var/run/docker.sock; left out when the config file says `"local": false`;
 * 2. the `engines` of the config file (NETATLAS_CONFIG, else `netatlas.config.json` in `cwd` when
 *    present), each checked on its own: a bad entry is a problem naming `engines[i].<field>`, and the
 *    other engines still load.
 * Touches only the file system (no connection is made). `home` defaults to HOME.
 */
export function loadEngineSpecs(
  env: NodeJS.ProcessEnv = process.env,
  opts: { cwd?: string; home?: string } = {},
): { specs: EngineSpec[]; problems: SourceProblem[] } {
  const cwd = opts.cwd ?? process.cwd();
  const home = opts.home ?? (env.HOME?.trim() || os.homedir());
  const dockerConfigDir = env.DOCKER_CONFIG?.trim() ? path.resolve(cwd, env.DOCKER_CONFIG.trim()) : path.join(home, '.docker');
  const config = readConfigFile(env, cwd);
  const specs: EngineSpec[] = [];
  const problems: SourceProblem[] = [];
  if (config.local) {
    const local = readLocalEngine(env, { home, dockerConfigDir });
    if (local.spec) specs.push(local.spec);
    problems.push(...local.problems);
  }
  problems.push(...config.problems);
  config.entries.forEach((raw, index) => {
    const { spec, problems: entryProblems } = toConfigSpec(raw, index, { file: config.file, home, dockerConfigDir });
    problems.push(...entryProblems);
    if (!spec) return;
    const refused = admissionProblem(spec, specs);
    if (!refused) return void specs.push(spec);
    const field = refused.field === 'name' ? 'name' : isObject(raw) && 'context' in raw ? 'context' : 'host';
    problems.push({ file: config.file, field: `engines[${index}].${field}`, message: refused.message, name: spec.name });
  });
  return { specs, problems };
}

const isObject = (v: unknown): v is Record<string, unknown> => Boolean(v) && typeof v === 'object';
