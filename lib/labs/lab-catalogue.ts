import { backendOnly } from './catalogue/backend-only';
import { bridgeVsUser } from './catalogue/bridge-vs-user';
import { elPipeline } from './catalogue/el-pipeline';
import { multiTier } from './catalogue/multi-tier';
import { pingByName } from './catalogue/ping-by-name';
import { portMapping } from './catalogue/port-mapping';
import { reverseProxy } from './catalogue/reverse-proxy';
import { twoDatabases } from './catalogue/two-databases';
import type { Lab, LabId } from './lab-types';

/** Every lab, in the tutorial's order. */
export const LABS: readonly Lab[] = [pingByName, portMapping, bridgeVsUser, backendOnly, multiTier, twoDatabases, elPipeline, reverseProxy];

/** The lab of this id (ids are validated at the edge, so it always exists). */
export function labById(id: LabId): Lab {
  const lab = LABS.find((l) => l.id === id);
  if (!lab) throw new Error(`no lab ${id}`);
  return lab;
}
