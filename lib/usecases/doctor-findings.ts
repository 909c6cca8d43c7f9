import 'server-only';
import { buildDiagnostics } from '../analysis/diagnostics';
import type { Diagnostic } from '../analysis/diagnostic-types';
import type { Atlas } from '../engine/atlas/atlas';
import { readAtlasConfigs } from '../engine/atlas/read-atlas-configs';
import type { Topology } from '../topology/types';
import { SnapshotAtlas } from './snapshot/snapshot-atlas';

/**
 * The network doctor's findings on what the server shows. On engines: the map (the one given, or read
 * now) and each of its containers' config, read on the server only. On a snapshot: the findings saved with
 * it (they needed configs a file never holds), or those the map alone shows.
 */
export async function doctorFindings(atlas: Atlas, topology?: Topology): Promise<Diagnostic[]> {
  if (atlas instanceof SnapshotAtlas) return atlas.snapshot.diagnostics ?? buildDiagnostics(atlas.snapshot.topology);
  const map = topology ?? await atlas.topology();
  return buildDiagnostics(map, await readAtlasConfigs(atlas, map));
}
