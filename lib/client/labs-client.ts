import type { LabCheck, LabId, LabSummary } from '../labs/lab-types';
import { fetchJson, sendJson } from './fetch-json';

/** POST /api/labs/{id}/setup: the containers this call started, and the lab's own that were already there. */
export interface LabSetupAnswer {
  id: LabId;
  created: string[];
  kept: string[];
}

/** POST /api/labs/{id}/reset: what was removed, and the lab networks left in place with the reason. */
export interface LabResetAnswer {
  id: LabId;
  removed: { containers: string[]; networks: string[] };
  kept: Array<{ network: string; why: string }>;
}

/** `?engine=` only when the map has several engines (the server wants it then, and only then). */
const on = (engineId?: string | null) => (engineId ? `?engine=${encodeURIComponent(engineId)}` : '');
const at = (id: LabId, action: 'setup' | 'check' | 'reset', engineId?: string | null) =>
  `/api/labs/${encodeURIComponent(id)}/${action}${on(engineId)}`;

/** GET /api/labs: the eight labs, their goals and CLI solutions (docs/api.md, "Labs"). */
export const fetchLabs = () => fetchJson<LabSummary[]>('/api/labs');

/** "Set me up": the lab's containers on the default bridge; a clash is an ApiError (409) naming it. */
export const setupLab = (id: LabId, engineId?: string | null) => sendJson<LabSetupAnswer>('POST', at(id, 'setup', engineId), {});

/** Every goal checked live, with evidence (2–8 s: it runs probe helpers). */
export const checkLab = (id: LabId, engineId?: string | null) => sendJson<LabCheck>('POST', at(id, 'check', engineId), {});

/** Removes what carries `netatlas.lab=<id>`, and only that. */
export const resetLab = (id: LabId, engineId?: string | null) => sendJson<LabResetAnswer>('POST', at(id, 'reset', engineId), {});
