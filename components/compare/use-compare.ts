'use client';
import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { Snapshot } from '@/lib/api/schemas/snapshot-schema';
import { readSnapshotFile } from '@/lib/client/read-snapshot';

/** The snapshot the map is compared with ("Compare with snapshot…"), if any. */
export interface Compare {
  against: { snapshot: Snapshot; name: string } | null;
  busy: boolean;
  /** Why the file was refused, in one sentence (nothing is compared then). */
  error: string | null;
  compareWith(file: File): Promise<void>;
  stop(): void;
}

export const CompareContext = createContext<Compare | null>(null);

export function useCompare(): Compare {
  const c = useContext(CompareContext);
  if (!c) throw new Error('useCompare outside <CompareContext>');
  return c;
}

/** Held above the views: a comparison stays on while the map shown changes (live, its past, another snapshot). */
export function useCompareState(): Compare {
  const [against, setAgainst] = useState<Compare['against']>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const compareWith = useCallback(async (file: File) => {
    setBusy(true);
    setError(null);
    const result = await readSnapshotFile(file);
    setBusy(false);
    if (!result.ok) return setError(`${file.name} cannot be compared. ${result.message}`);
    setAgainst({ snapshot: result.snapshot, name: file.name });
  }, []);
  const stop = useCallback(() => {
    setAgainst(null);
    setError(null);
  }, []);
  return useMemo(() => ({ against, busy, error, compareWith, stop }), [against, busy, error, compareWith, stop]);
}
