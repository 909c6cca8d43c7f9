import type { z } from 'zod';
import { AppError } from '../errors/app-error';

function fieldOf(path: ReadonlyArray<PropertyKey>): string {
  return path.length ? path.map(String).join('.') : 'body';
}

/** One issue in words, naming the field: `name: must not be empty`, `unknown field "foo"`. */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const where = issue.path.length ? ` in ${fieldOf(issue.path)}` : '';
    return `unknown field${issue.keys.length > 1 ? 's' : ''}${where}: ${issue.keys.map((k) => JSON.stringify(k.slice(0, 64))).join(', ')}`;
  }
  return `${fieldOf(issue.path)}: ${issue.message}`;
}

/**
 * A schema failure as a 400 whose message names each bad field (at most three, so a 1 MB body cannot
 * echo back); `at` prefixes the paths, e.g. with a path parameter's name.
 */
export function schemaError(error: z.ZodError, at: PropertyKey[] = []): AppError {
  const all = error.issues.map((i) => ({ ...i, path: [...at, ...i.path] }) as z.core.$ZodIssue);
  const issues = all.slice(0, 3).map(describeIssue);
  const more = all.length > 3 ? ` (and ${all.length - 3} more)` : '';
  return new AppError('bad_request', `Invalid request: ${issues.join('; ')}${more}.`);
}
