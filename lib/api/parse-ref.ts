import type { z } from 'zod';
import { schemaError } from './schema-error';

/** Validates a path parameter with its schema; a failure is a 400 naming the parameter. */
export function parseRef(schema: z.ZodType<string>, param: string, value: string): string {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw schemaError(parsed.error, [param]);
  return parsed.data;
}
