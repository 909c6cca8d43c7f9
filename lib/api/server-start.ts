import 'server-only';
import '../../scripts/peer-stamp.cjs';
import { tokenProblem } from '../../scripts/token-rule.cjs';
import { AppError } from '../errors/app-error';
import { servedSnapshot, servedSnapshotPath } from '../usecases/snapshot/served-snapshot';
import { historySettings } from '../usecases/history-limits';
import { snapshotOrigin } from '../usecases/snapshot/snapshot-atlas';
import { defaultTopologyFeed } from '../usecases/default-topology-feed';

/**
 * What instrumentation.ts runs in the Node runtime when Next loads the app, however the server was
 * started: importing the peer-address stamp installs it (proxy.ts answers only loopback peers without a
 * token, and counts failed tokens per address), and a token too short to resist guessing stops the server,
 * as does a NETATLAS_SNAPSHOT file that is not a whole snapshot (said in one sentence, never half-shown).
 * Then the map's history starts: the engines are followed from now on (unless NETATLAS_HISTORY_CHANGES=0).
 */
export function checkServerStart(): void {
  const problem = tokenProblem(process.env.NETATLAS_TOKEN);
  if (problem) {
    console.error(`netatlas: ${problem}`);
    process.exit(1);
  }
  try {
    const snapshot = servedSnapshot();
    if (snapshot) console.log(`netatlas: showing a snapshot (${snapshotOrigin(snapshot)}) from NETATLAS_SNAPSHOT; no engine is contacted.`);
  } catch (err) {
    console.error(`netatlas: ${err instanceof AppError ? `${err.message} ${err.hint ?? ''}`.trim() : String(err)}`);
    process.exit(1);
  }
  // The map's history starts with the server (GET /api/topology?at=, the timeline), not with the first page.
  const history = historySettings();
  for (const problem of history.problems) console.warn(`[netatlas] configuration: ${problem}`);
  if (history.enabled && !servedSnapshotPath()) defaultTopologyFeed().keepHistory();
}
