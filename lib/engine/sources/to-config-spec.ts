import type { z } from 'zod';
import { toEngineId } from '../../topology/engine-id';
import { configEndpoint, type ConfigContext } from './config-endpoint';
import { CONFIG_ENTRY_FIELDS, configEntrySchema } from './config-entry-schema';
import type { EngineSpec, SourceProblem } from './engine-spec';

const TLS_FIELDS = ['ca', 'cert', 'key', 'verify'];

/** `engines[1].tls.ca` from an issue path under `engines[1]`. */
function fieldOf(base: string, path: ReadonlyArray<PropertyKey>): string {
  return base + path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
}

/** Zod issues as problems, one per field (an unknown key is its own field). */
function schemaProblems(issues: z.core.$ZodIssue[], base: string, file: string, name?: string): SourceProblem[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'unrecognized_keys') return [{ file, field: fieldOf(base, issue.path), message: issue.message, ...(name ? { name } : {}) }];
    const allowed = issue.path.length ? TLS_FIELDS : CONFIG_ENTRY_FIELDS;
    return issue.keys.map((key) => ({ file, field: fieldOf(base, [...issue.path, key]), message: `unknown field (allowed: ${allowed.join(', ')})`, ...(name ? { name } : {}) }));
  });
}

/**
 * One `engines[i]` entry of the config file as an {@link EngineSpec}, or the problems that keep it
 * out. Ids (empty, reserved, taken) are checked where all engines are known, in loadEngineSpecs.
 */
export function toConfigSpec(raw: unknown, index: number, ctx: ConfigContext): { spec?: EngineSpec; problems: SourceProblem[] } {
  const base = `engines[${index}]`;
  const rawName = raw && typeof raw === 'object' && typeof (raw as { name?: unknown }).name === 'string' ? (raw as { name: string }).name.trim() || undefined : undefined;
  const parsed = configEntrySchema.safeParse(raw);
  if (!parsed.success) return { problems: schemaProblems(parsed.error.issues, base, ctx.file, rawName) };
  const entry = parsed.data;
  const problem = (field: string, message: string): SourceProblem => ({ file: ctx.file, field: `${base}.${field}`, message, name: entry.name });
  if (entry.host !== undefined && entry.context !== undefined) return { problems: [problem('context', 'give either host or context, not both')] };
  if (entry.host === undefined && entry.context === undefined) return { problems: [problem('host', 'is required (or give "context": the name of a Docker CLI context)')] };
  const resolved = configEndpoint(entry, ctx);
  if (!resolved.ok) return { problems: resolved.problems.map((p) => problem(p.field, p.message)) };
  const origin = `${ctx.file} ${base}${entry.context !== undefined ? ` (context "${entry.context}")` : ''}`;
  return { spec: { id: toEngineId(entry.name), name: entry.name, source: 'config', origin, ...resolved.endpoint }, problems: [] };
}
