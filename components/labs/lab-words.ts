import type { LabResetAnswer, LabSetupAnswer } from '@/lib/client/labs-client';
import type { OpenedSnapshot } from '../dashboard/map-source';
import type { LabCheck } from '@/lib/labs/lab-types';

const list = (names: string[]) => names.join(', ');

/** What "Set me up" did, in a sentence. */
export function setupWords(r: LabSetupAnswer): string {
  const already = r.kept.length ? ` (${list(r.kept)} ${r.kept.length === 1 ? 'was' : 'were'} already there)` : '';
  if (r.created.length) return `Set up: started ${list(r.created)} on the default bridge${already}.`;
  if (r.kept.length) return `Already set up: ${list(r.kept)} ${r.kept.length === 1 ? 'is' : 'are'} there.`;
  return 'Nothing to set up: this lab starts with the commands you run yourself (Show me how).';
}

/** What Reset removed, and what it left and why. */
export function resetWords(r: LabResetAnswer): string {
  const { containers, networks } = r.removed;
  const parts = [
    containers.length ? `container${containers.length === 1 ? '' : 's'} ${list(containers)}` : '',
    networks.length ? `network${networks.length === 1 ? '' : 's'} ${list(networks)}` : '',
  ].filter(Boolean);
  const removed = parts.length ? `Reset: removed ${parts.join(' and ')}.` : 'Reset: nothing of this lab was left to remove.';
  return [removed, ...r.kept.map((k) => `Kept ${k.network}: ${k.why}.`)].join(' ');
}

/** The status line: how the last check stands ("3 of 7 goals met"), and whether one is running. */
export function statusWords(result: LabCheck | null, checking: boolean): string {
  if (!result) return checking ? 'Checking…' : 'Not checked yet.';
  const met = result.goals.filter((g) => g.met).length;
  const stands = result.done ? 'Done: every goal met on the live engine.' : `${met} of ${result.goals.length} goals met.`;
  return checking ? `${stands} Checking again…` : stands;
}

/**
 * Why the lab cannot be set up, checked or reset here, or null when it can: a lab works on the live
 * engine, which a read-only server must not change and a snapshot or a past map does not show.
 */
export function labsOffWhy(readOnly: boolean, snapshot?: OpenedSnapshot): string | null {
  if (snapshot?.from === 'history') return 'This is a past map: a lab is checked on the live engine. Go back to now to check it.';
  if (snapshot) return 'This map is a snapshot: a lab is checked on a live engine. Close the snapshot to check it.';
  if (readOnly) return 'netatlas runs read-only (NETATLAS_READ_ONLY): setting a lab up, checking it (it starts probe containers) and resetting it are off. The steps below still show how.';
  return null;
}
