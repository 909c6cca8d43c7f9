import 'server-only';
import fs from 'node:fs';
import { AppError } from '../../errors/app-error';
import { MAX_SNAPSHOT_BYTES } from '../../api/schemas/snapshot-format';
import { parseSnapshot, type Snapshot } from '../../api/schemas/snapshot-schema';

const KEY = Symbol.for('netatlas.servedSnapshot');
type Holder = { [KEY]?: { path: string; snapshot: Snapshot } };

/** The file NETATLAS_SNAPSHOT names, or null when the server shows live engines. */
export function servedSnapshotPath(env: NodeJS.ProcessEnv = process.env): string | null {
  return env.NETATLAS_SNAPSHOT?.trim() || null;
}

/**
 * Reads and checks a snapshot file; a file that cannot be read or is not a whole netatlas snapshot is
 * refused in one sentence that names the file (never half-shown).
 */
export function loadSnapshotFile(path: string): Snapshot {
  const why = (message: string) => new AppError('engine_misconfigured', `NETATLAS_SNAPSHOT=${path}: ${message}`,
    'Give NETATLAS_SNAPSHOT a file saved with Export → Snapshot (JSON), or unset it to show live engines.');
  let text: string;
  try {
    const size = fs.statSync(path).size;
    if (size > MAX_SNAPSHOT_BYTES) throw why(`the file is ${Math.round(size / 1024 / 1024)} MB; a snapshot is at most ${MAX_SNAPSHOT_BYTES / 1024 / 1024} MB.`);
    text = fs.readFileSync(path, 'utf8');
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw why(code === 'ENOENT' ? 'no such file.' : code === 'EACCES' ? 'permission denied.' : code === 'EISDIR' ? 'that is a directory, not a file.' : `cannot be read (${code ?? String(err)}).`);
  }
  const parsed = parseSnapshot(text);
  if (!parsed.ok) throw why(parsed.message);
  return parsed.snapshot;
}

/**
 * The snapshot this server shows instead of engines (NETATLAS_SNAPSHOT), read once per process and
 * path; null when none is set. Throws the file's problem (see {@link loadSnapshotFile}).
 */
export function servedSnapshot(): Snapshot | null {
  const path = servedSnapshotPath();
  if (!path) return null;
  const holder = globalThis as Holder;
  if (holder[KEY]?.path !== path) holder[KEY] = { path, snapshot: loadSnapshotFile(path) };
  return holder[KEY].snapshot;
}
