import type { z } from 'zod';
import { schemaError } from './schema-error';

/**
 * Validates a request's query string with its schema; a failure is a 400 naming the parameter.
 * `engine` is every route's own parameter, checked by engineParam, so no schema needs to list it.
 */
export function parseQuery<T extends z.ZodType>(schema: T, request: Request): z.infer<T> {
  const params = new URL(request.url).searchParams;
  params.delete('engine');
  const parsed = schema.safeParse(Object.fromEntries(params));
  if (!parsed.success) throw schemaError(parsed.error);
  return parsed.data;
}
