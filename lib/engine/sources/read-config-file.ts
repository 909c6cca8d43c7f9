import fs from 'node:fs';
import path from 'node:path';
import type { SourceProblem } from './engine-spec';
import { jsonErrorWords } from './json-error-words';

/** The config file netatlas reads when NETATLAS_CONFIG is not set, relative to the working directory. */
export const DEFAULT_CONFIG_FILE = 'netatlas.config.json';

/** The top of a config file; entries are checked one by one later so that one bad entry costs only itself. */
export interface ConfigFile {
  /** Absolute path. */
  file: string;
  /** `"local": false` leaves the local engine out. */
  local: boolean;
  entries: unknown[];
  problems: SourceProblem[];
}

const TOP_LEVEL = ['engines', 'local'];
const SHAPE = 'it must be a JSON object like {"engines": [{"name": "edge-1", "host": "unix:///var/run/docker.sock"}]}';

function readText(file: string, explicit: boolean): { text: string } | { problem?: SourceProblem } {
  try {
    return { text: fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '') };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // Without NETATLAS_CONFIG the file is optional; a file someone named must be there.
    if (code === 'ENOENT' && !explicit) return {};
    const why = code === 'ENOENT' ? 'NETATLAS_CONFIG names this file, but it does not exist' : `it cannot be read (${code ?? 'unreadable'})`;
    return { problem: { file, field: '', message: why } };
  }
}

function topLevel(file: string, json: Record<string, unknown>): ConfigFile {
  const problems: SourceProblem[] = Object.keys(json).filter((k) => !TOP_LEVEL.includes(k))
    .map((k) => ({ file, field: k, message: `unknown field (allowed at the top: ${TOP_LEVEL.join(', ')})` }));
  let local = true;
  if (json.local !== undefined) {
    if (typeof json.local === 'boolean') local = json.local;
    else problems.push({ file, field: 'local', message: 'must be true or false' });
  }
  let entries: unknown[] = [];
  if (Array.isArray(json.engines)) entries = json.engines;
  else if (json.engines !== undefined) problems.push({ file, field: 'engines', message: 'must be a list of engines ([{"name": …, "host": …}, …])' });
  return { file, local, entries, problems };
}

/**
 * Reads the config file: NETATLAS_CONFIG (relative to `cwd`), else `netatlas.config.json` in `cwd`
 * when there is one. Problems name the file and the field; what can be read is still used.
 */
export function readConfigFile(env: Record<string, string | undefined>, cwd: string): ConfigFile {
  const named = env.NETATLAS_CONFIG?.trim();
  const file = path.resolve(cwd, named || DEFAULT_CONFIG_FILE);
  const empty: ConfigFile = { file, local: true, entries: [], problems: [] };
  const read = readText(file, Boolean(named));
  if (!('text' in read)) return { ...empty, problems: read.problem ? [read.problem] : [] };
  let json: unknown;
  try {
    json = JSON.parse(read.text);
  } catch (err) {
    return { ...empty, problems: [{ file, field: '', message: `${jsonErrorWords(err, read.text)}; no engine of this file is loaded` }] };
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return { ...empty, problems: [{ file, field: '', message: SHAPE }] };
  return topLevel(file, json as Record<string, unknown>);
}
