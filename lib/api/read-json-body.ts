import 'server-only';
import type { z } from 'zod';
import { AppError } from '../errors/app-error';
import { guardMutation } from './guard-mutation';
import { schemaError } from './schema-error';

/** Largest request body a mutation accepts; the biggest valid one (32 labels) is well under it. */
export const MAX_BODY_BYTES = 16 * 1024;

const tooLarge = () => new AppError('payload_too_large', `The request body is larger than ${MAX_BODY_BYTES / 1024} KiB.`);

/** Reads at most MAX_BODY_BYTES, whatever Content-Length claims (it may be absent or lie). */
async function readCapped(request: Request): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function isJsonContentType(value: string | null): boolean {
  return (value ?? '').split(';')[0].trim().toLowerCase() === 'application/json';
}

/**
 * The body of a mutation, validated: read-only mode and Origin first ({@link guardMutation}), then
 * `Content-Type: application/json` (415: a cross-site form cannot send it), the size cap (413), JSON
 * (400) and the schema (400 naming the field). All of it happens before any engine call. An empty
 * body is `undefined`, for schemas that make the body optional.
 */
export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S, opts: { changesEngine?: boolean } = {}): Promise<z.infer<S>> {
  guardMutation(request, opts);
  if (!isJsonContentType(request.headers.get('content-type'))) {
    throw new AppError('unsupported_media_type', 'Send the request body as JSON with Content-Type: application/json.');
  }
  const text = await readCapped(request);
  let data: unknown;
  if (text.trim() !== '') {
    try {
      data = JSON.parse(text);
    } catch {
      throw new AppError('bad_request', 'The request body is not valid JSON.');
    }
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw schemaError(parsed.error);
  return parsed.data;
}
