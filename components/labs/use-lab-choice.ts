'use client';
import { useEffect, useSyncExternalStore } from 'react';
import { LAB_IDS, type LabId } from '@/lib/labs/lab-types';

/** The page's query parameter that keeps the chosen lab (`?lab=multi-tier`). */
export const LAB_PARAM = 'lab';

const isLabId = (s: string | null): s is LabId => s !== null && (LAB_IDS as readonly string[]).includes(s);

/**
 * The chosen lab, seeded from the URL the page was loaded with and from then on set by the panel
 * alone: the map's filter rewrites the whole query (use-map-filter), which must not close the lab.
 */
let chosen: LabId | null | undefined;
const listeners = new Set<() => void>();

function current(): LabId | null {
  if (chosen === undefined) {
    const id = new URL(window.location.href).searchParams.get(LAB_PARAM);
    chosen = isLabId(id) ? id : null;
  }
  return chosen;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Chooses a lab (null: back to the list), in the URL too, keeping every other parameter. */
function setLabId(id: LabId | null): void {
  chosen = id;
  const url = new URL(window.location.href);
  if (id) url.searchParams.set(LAB_PARAM, id);
  else url.searchParams.delete(LAB_PARAM);
  window.history.replaceState(window.history.state, '', url);
  for (const l of listeners) l();
}

/**
 * The lab chosen in the Labs panel, kept in the page's URL so that a reload (or a link) comes back to
 * it: a page that opens on a chosen lab opens the Labs panel (`openPanel`, a stable state setter).
 * Nothing is chosen while the server renders the page.
 */
export function useLabChoice(openPanel: (kind: 'labs') => void) {
  const labId = useSyncExternalStore(subscribe, current, () => null);
  useEffect(() => {
    if (current()) openPanel('labs');
  }, [openPanel]);
  return { labId, setLabId };
}
