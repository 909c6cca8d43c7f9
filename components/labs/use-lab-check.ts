'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '@/lib/client/fetch-json';
import { checkLab } from '@/lib/client/labs-client';
import type { LabCheck, LabId } from '@/lib/labs/lab-types';
import { asApiError } from '@/lib/client/fetch-json';

/** How long the map must be quiet before the lab is checked again: a burst of changes costs one check. */
export const RECHECK_QUIET_MS = 1_000;

interface Options {
  labId: LabId;
  /** `?engine=` on a map of several engines. */
  engineId?: string | null;
  /** False on a read-only server, a snapshot or a past map: nothing is checked at all. */
  enabled: boolean;
  /** Changes whenever the live map changes in a way a goal could see (labMapKey). */
  mapKey: string;
}

/**
 * The lab's goals checked live: once when it opens (or checking becomes possible again), again after
 * the map has been quiet for {@link RECHECK_QUIET_MS}, and whenever `recheck` is called (after Set me
 * up and Reset). Never two checks at once: asked during one, exactly one more runs after it. A check
 * takes seconds (it runs probe helpers), so the last result stays shown while the next one runs.
 * The panel mounts this per lab (keyed by its id): a new lab starts with no result.
 */
export function useLabCheck({ labId, engineId, enabled, mapKey }: Options) {
  const [result, setResult] = useState<LabCheck | null>(null);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const running = useRef(false);
  const again = useRef(false);
  const alive = useRef(true);
  const target = useRef({ engineId, enabled });
  useEffect(() => {
    target.current = { engineId, enabled };
  }, [engineId, enabled]);

  const recheck = useCallback(async () => {
    if (running.current) {
      again.current = true;
      return;
    }
    running.current = true;
    setChecking(true);
    try {
      do {
        again.current = false;
        if (!alive.current || !target.current.enabled) break;
        try {
          const r = await checkLab(labId, target.current.engineId);
          setResult(r);
          setError(null);
        } catch (err) {
          setError(asApiError(err));
        }
      } while (again.current);
    } finally {
      running.current = false;
      setChecking(false);
    }
  }, [labId]);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  // Opened (or live and writable again, or another engine): check at once.
  useEffect(() => {
    if (enabled) void recheck();
  }, [enabled, engineId, recheck]);

  // The map moved: check again once it has been quiet for a moment.
  const seen = useRef(mapKey);
  useEffect(() => {
    if (mapKey === seen.current) return;
    seen.current = mapKey;
    if (!enabled) return;
    const timer = setTimeout(() => void recheck(), RECHECK_QUIET_MS);
    return () => clearTimeout(timer);
  }, [mapKey, enabled, recheck]);

  return { result, checking, error, recheck };
}
