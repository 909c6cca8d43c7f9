import { z } from 'zod';
import { topologySchema, type Assert, type Equals } from '../../topology/topology-schema';
import type { Topology } from '../../topology/types';
import { diagnosticSchema } from '../../analysis/diagnostic-schema';
import type { Diagnostic } from '../../analysis/diagnostic-types';
import { SNAPSHOT_FORMAT } from './snapshot-format';

/** The map as a file: a topology as GET /api/topology answers it, when it was taken, by which netatlas. */
export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  /** ISO 8601, e.g. `2026-12-06T20:10:00.000Z`. */
  takenAt: string;
  /** The `version` of the netatlas that wrote it (semver). */
  netatlasVersion: string;
  topology: Topology;
  /**
   * The doctor's findings when it was taken. Kept in the file because some need what a snapshot never
   * holds (each container's environment, read on the server only); a file without them gets the
   * findings the topology alone shows.
   */
  diagnostics?: Diagnostic[];
}

/** Semantic versioning 2.0: `0.1.0`, `1.2.3-rc.1`, `1.2.3+build.5`. */
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;

/**
 * A snapshot file (netatlas.snapshot/1). Strict at every level (see topology-schema.ts): a key that
 * netatlas does not write is refused, so that a file is shown whole or not at all.
 */
export const snapshotSchema = z.strictObject({
  format: z.literal(SNAPSHOT_FORMAT),
  takenAt: z.iso.datetime({ offset: true, error: 'expected an ISO 8601 time like 2026-12-06T20:10:00.000Z' }),
  netatlasVersion: z.string().regex(SEMVER, 'expected a version like 0.1.0'),
  topology: topologySchema,
  diagnostics: z.array(diagnosticSchema).optional(),
});

type InStep = Assert<Equals<z.infer<typeof snapshotSchema>, Snapshot>>;

export type SnapshotResult = { ok: true; snapshot: Snapshot } | { ok: false; message: string };

const NOT_A_SNAPSHOT = 'This file is not a netatlas snapshot';
const CANNOT_OPEN = 'This snapshot cannot be opened';

/** A JSON value, clipped, for a message: `"zombie"`, `42`, `an object`. */
function shown(value: unknown): string {
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : String(value);
}

/** What a JSON value is, in words: `a string`, `a list`, `null`. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** `topology.containers[3].state`, `topology.containers[0].labels["com.example/x"]`. */
function pathOf(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) return `${out}[${JSON.stringify(name)}]`;
    return out ? `${out}.${name}` : name;
  }, '');
}

const EXPECTED: Record<string, string> = { int: 'an integer', array: 'a list', object: 'an object', string: 'a string', number: 'a number', boolean: 'true or false' };

/** One issue in words, naming where it is: `topology.containers[3].state: expected one of "created", … (got "zombie")`. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const at = pathOf(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => shown(k)).join(', ');
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${keys} ${at ? `in ${at}` : 'at the top level'}`;
  }
  const input = (issue as { input?: unknown }).input;
  let what = issue.message;
  if (issue.code === 'invalid_type') {
    what = input === undefined ? 'is missing' : `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${kindOf(input)}`;
  } else if (issue.code === 'invalid_value') {
    const values = issue.values.map((v) => JSON.stringify(v));
    what = `expected ${values.length === 1 ? values[0] : `one of ${values.join(', ')}`} (got ${shown(input)})`;
  } else if (issue.code === 'too_small' && issue.origin === 'number') {
    what = `expected a number of at least ${issue.minimum} (got ${shown(input)})`;
  }
  return at ? `${at}: ${what}` : what;
}

/** The newer format's number when `format` is `netatlas.snapshot/<n>` with n above ours, else null. */
function newerFormat(format: string): number | null {
  const m = /^netatlas\.snapshot\/(\d+)$/.exec(format);
  return m && Number(m[1]) > 1 ? Number(m[1]) : null;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; why: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    if (!text.trim()) return { ok: false, why: 'the file is empty' };
    const raw = err instanceof Error ? err.message : String(err);
    // V8 says where as a character position ("… in JSON at position 7 (line 1 column 8)"): given as line and column.
    const pos = /at position (\d+)/.exec(raw);
    const before = pos ? text.slice(0, Number(pos[1])).split('\n') : null;
    const where = before ? ` at line ${before.length}, column ${before[before.length - 1].length + 1}` : '';
    const why = raw.replace(/\s*in JSON at position \d+.*$/s, '').replace(/, "[^]*" is not valid JSON$/, '').slice(0, 120);
    return { ok: false, why: `it is not valid JSON${where} (${why})` };
  }
}

/**
 * Reads a snapshot file's text, never throwing: the snapshot, or why the file is refused in one
 * sentence naming the first problem (where it is in the file, what was expected there).
 */
export function parseSnapshot(text: string): SnapshotResult {
  try {
    if (typeof text !== 'string') return { ok: false, message: `${NOT_A_SNAPSHOT}: it is not text.` };
    const json = parseJson(text);
    if (!json.ok) return { ok: false, message: `${NOT_A_SNAPSHOT}: ${json.why}.` };
    const value = json.value;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return { ok: false, message: `${NOT_A_SNAPSHOT}: it holds ${kindOf(value)}, not an object like {"format": "${SNAPSHOT_FORMAT}", …}.` };
    }
    const format = (value as Record<string, unknown>).format;
    if (format === undefined) return { ok: false, message: `${NOT_A_SNAPSHOT}: it has no "format" (a snapshot says "format": "${SNAPSHOT_FORMAT}").` };
    if (typeof format === 'string' && newerFormat(format) !== null) {
      return { ok: false, message: `This snapshot was written by a newer netatlas (format "${format}"); this one reads only "${SNAPSHOT_FORMAT}", so upgrade netatlas to open it.` };
    }
    if (format !== SNAPSHOT_FORMAT) return { ok: false, message: `${NOT_A_SNAPSHOT}: its format is ${shown(format)}, not "${SNAPSHOT_FORMAT}".` };
    const parsed = snapshotSchema.safeParse(value, { reportInput: true });
    if (parsed.success) return { ok: true, snapshot: parsed.data };
    const [first, ...rest] = parsed.error.issues;
    const more = rest.length ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
    return { ok: false, message: `${CANNOT_OPEN}: ${describeIssue(first)}${more}.` };
  } catch (err) {
    // Nothing above should throw; a JSON nested deeper than the stack is the one known way.
    return { ok: false, message: `${CANNOT_OPEN}: ${err instanceof Error ? err.message : String(err)}.` };
  }
}
