'use client';
import { useEffect, useRef, useState } from 'react';
import type { ActivityEntry, LinkState } from '@/lib/topology/engine-change';
import type { EngineState } from '@/lib/topology/types';

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

/**
 * Follows GET /api/events: the engine link state, the activity list, and a callback whenever the
 * engine changed (or the server resynced) so the topology is fetched again.
 */
export function useEngineEvents(onChange: () => void) {
  const [link, setLink] = useState<LinkStatus>({ state: 'connecting' });
  const [activity, setActivity] = useState<ActivityEntry[]>([]);
  const changed = useRef(onChange);
  changed.current = onChange;

  useEffect(() => {
    const es = new EventSource('/api/events');
    const on = (name: string, fn: (data: any) => void) =>
      es.addEventListener(name, (e) => fn(JSON.parse((e as MessageEvent<string>).data)));
    let engines = '';
    on('state', (m) => {
      setLink({ state: m.state, error: m.error, engines: m.engines });
      // One engine of several going away (or coming back) leaves the overall state live: read the
      // map again so that engine's box says so.
      const now = JSON.stringify((m.engines ?? []).map((e: { id: string; state: string }) => [e.id, e.state]));
      if (engines && now !== engines) changed.current();
      engines = now;
    });
    on('activity', (list: ActivityEntry[]) => setActivity(list));
    on('changes', (m: { activity: ActivityEntry[] }) => {
      if (m.activity.length) setActivity((a) => [...[...m.activity].reverse(), ...a].slice(0, ACTIVITY_LIMIT));
      changed.current();
    });
    on('resync', () => changed.current());
    es.onerror = () => setLink({ state: 'server-lost' });
    return () => es.close();
  }, []);

  return { link, activity };
}
