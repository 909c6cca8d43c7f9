import { MAX_SNAPSHOT_BYTES } from '../api/schemas/snapshot-format';
import type { SnapshotResult } from '../api/schemas/snapshot-schema';
import { request, type ApiError } from './fetch-json';
import { loadPart, PartNotLoaded } from './load-part';

/** The snapshot checker (zod and the schemas) is loaded with the first file opened, not with the page. */
async function parseSnapshot(text: string): Promise<SnapshotResult> {
  try {
    return (await loadPart('snapshot checker', () => import('../api/schemas/snapshot-schema'))).parseSnapshot(text);
  } catch (err) {
    if (err instanceof PartNotLoaded) return { ok: false, message: err.message };
    throw err;
  }
}

/** Where the sample map is served from (public/, written by `npm run sample:capture`). */
export const SAMPLE_SNAPSHOT_URL = '/sample-snapshot.json';

/**
 * A file the user gave the page (file chooser, drag-and-drop), read and checked in the browser: the
 * file never goes to the server. Refused whole, in one sentence, when it is not a netatlas snapshot.
 */
export async function readSnapshotFile(file: File): Promise<SnapshotResult> {
  if (file.size > MAX_SNAPSHOT_BYTES) {
    return { ok: false, message: `${file.name} is ${Math.round(file.size / 1024 / 1024)} MB; a snapshot is at most ${MAX_SNAPSHOT_BYTES / 1024 / 1024} MB.` };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, message: `${file.name} could not be read (the browser refused it; was it moved or deleted?).` };
  }
  return parseSnapshot(text);
}

/** A snapshot served by this netatlas: the sample map, or the server's own (NETATLAS_SNAPSHOT). */
export async function fetchSnapshot(url: string): Promise<SnapshotResult> {
  let res: Response;
  try {
    res = await request(url, {});
  } catch (err) {
    return { ok: false, message: (err as ApiError).message };
  }
  if (!res.ok) {
    const body = await res.json().catch(() => null);
    return { ok: false, message: body?.error?.message ?? `The server answered ${res.status} for ${url}.` };
  }
  return parseSnapshot(await res.text());
}
