import type { Snapshot } from '@/lib/api/schemas/snapshot-schema';
import { snapshotFileName } from '@/lib/api/schemas/to-snapshot';
import { offerDownload } from '../map/render-map-image';

/** A snapshot on screen, offered as a download again, byte for byte what netatlas would write. */
export function offerSnapshot(snapshot: Snapshot): void {
  offerDownload(new Blob([JSON.stringify(snapshot, null, 2)], { type: 'application/json' }), snapshotFileName(snapshot));
}
