'use client';
import { useState } from 'react';
import type { ApiError } from '@/lib/client/fetch-json';
import { resetLab, setupLab } from '@/lib/client/labs-client';
import type { LabId } from '@/lib/labs/lab-types';
import { asApiError } from '@/lib/client/fetch-json';
import { resetWords, setupWords } from './lab-words';

export type LabAction = 'setup' | 'reset';

/**
 * "Set me up" and "Reset" of one lab: which one runs, what it did in words, or the server's refusal
 * (a name clash, a read-only server) in its words. `onDone` runs after either succeeded (a check).
 */
export function useLabActions(labId: LabId, engineId: string | null | undefined, onDone: () => void) {
  const [busy, setBusy] = useState<LabAction | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const act = async (action: LabAction) => {
    setBusy(action);
    setOutcome(null);
    setError(null);
    try {
      setOutcome(action === 'setup' ? setupWords(await setupLab(labId, engineId)) : resetWords(await resetLab(labId, engineId)));
      onDone();
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(null);
    }
  };

  return { busy, outcome, error, act };
}
