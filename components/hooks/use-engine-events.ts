'use client';
import { useEffect, useRef, useState } from 'react';
import type { ActivityEntry, LinkState } from '@/lib/topology/engine-change';
import { createActivityStore } from './activity-store';
import type { EngineState } from '@/lib/topology/types';
import type { TopologyChange } from '@/lib/client/patch-held-topology';

type LinkError = { code: string; message: string; hint?: string };

export interface LinkStatus {
  /**
   * `live` while at least one engine is live; `server-lost` when the netatlas server itself does not
   * answer (EventSource retries).
   */
  state: LinkState | 'server-lost';
  error?: LinkError;
  /** Each engine's own link (GET /api/events `state.engines`). */
  engines?: Array<{ id: string; state: EngineState; error?: LinkError }>;
}

const ACTIVITY_LIMIT = 300;

/** What the page does with the stream's news of the map. */
export interface MapUpdates {
  /** A diff of the map (`event: topology`). */
  onTopology(change: TopologyChange): void;
  /** The stream came back after a break: changes may have been missed, read the map again. */
  onReconnect(): void;
}

/**
 * Follows GET /api/events: the engine link state, the activity list (a store: see activity-store.ts),
 * and each change of the map as a diff (`onTopology`); after a break in the stream, `onReconnect`.
 */
export function useEngineEvents(updates: MapUpdates) {
  const [link, setLink] = useState<LinkStatus>({ state: 'connecting' });
  const [activity] = useState(createActivityStore);
  const handlers = useRef(updates);
  handlers.current = updates;

  useEffect(() => {
    const es = new EventSource('/api/events');
    const on = (name: string, fn: (data: any) => void) =>
      es.addEventListener(name, (e) => fn(JSON.parse((e as MessageEvent<string>).data)));
    // The map itself comes as diffs (`topology`), an engine's box going stale included.
    on('state', (m) => setLink({ state: m.state, error: m.error, engines: m.engines }));
    on('activity', (list: ActivityEntry[]) => activity.set(() => list));
    on('changes', (m: { activity: ActivityEntry[] }) => {
      if (m.activity.length) activity.set((a) => [...[...m.activity].reverse(), ...a].slice(0, ACTIVITY_LIMIT));
    });
    on('topology', (m: TopologyChange) => {
      // User Timing: when the change reached the page (bench:scale splits server and browser time by it).
      performance.mark('netatlas:topology');
      handlers.current.onTopology(m);
    });
    let broken = false;
    es.onopen = () => {
      if (broken) handlers.current.onReconnect();
      broken = false;
    };
    es.onerror = () => {
      broken = true;
      setLink({ state: 'server-lost' });
    };
    return () => es.close();
  }, [activity]);

  return { link, activity };
}
