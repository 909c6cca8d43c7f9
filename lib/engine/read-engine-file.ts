import fs from 'node:fs';
import { AppError } from '../errors/app-error';

/**
 * A file an engine's connection needs (TLS client files, an ssh identity), or an `engine_unreachable`
 * naming the file, what it is for and the engine, with `hint` saying how to fix it.
 */
export function readEngineFile(file: string, what: string, engine: { raw: string }, hint: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (err) {
    throw new AppError('engine_unreachable', `Cannot read the ${what} ${file} for ${engine.raw} (${(err as NodeJS.ErrnoException).code ?? 'unreadable'}).`, hint);
  }
}
