import fs from 'node:fs';
import path from 'node:path';
import type { SourceProblem } from './engine-spec';
import { jsonErrorWords } from './json-error-words';

/** The context the Docker CLI would use, or null for "default" (DOCKER_HOST or the default socket). */
export interface CurrentContext {
  name: string | null;
  /** 'DOCKER_CONTEXT' or the config.json it came from. */
  from: string;
  problem?: SourceProblem;
}

/**
 * DOCKER_CONTEXT, else `currentContext` in `<DOCKER_CONFIG>/config.json`. A broken config.json is a
 * problem but not fatal: the Docker CLI warns and goes on without it, and so does netatlas.
 * DOCKER_HOST is the caller's business (it wins over both, as in the Docker CLI).
 */
export function currentContext(env: Record<string, string | undefined>, dockerConfigDir: string): CurrentContext {
  const fromEnv = env.DOCKER_CONTEXT?.trim();
  if (fromEnv) return { name: fromEnv === 'default' ? null : fromEnv, from: 'DOCKER_CONTEXT' };
  const file = path.join(dockerConfigDir, 'config.json');
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return { name: null, from: file };
  }
  let config: { currentContext?: unknown };
  try {
    config = JSON.parse(text) as typeof config;
  } catch (err) {
    return { name: null, from: file, problem: { file, field: '', message: `${jsonErrorWords(err, text)}; netatlas ignores it, as the Docker CLI does, and uses the default socket` } };
  }
  const name = config?.currentContext;
  if (name === undefined || name === '' || name === 'default') return { name: null, from: file };
  if (typeof name !== 'string') return { name: null, from: file, problem: { file, field: 'currentContext', message: 'must be a context name (a string)' } };
  return { name, from: file };
}
