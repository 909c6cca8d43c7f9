'use client';
import { useState } from 'react';
import type { ActionOutcome } from '@/lib/client/action-outcome';
import type { ApiError } from '@/lib/client/fetch-json';
import { useActions } from './ActionsContext';

/**
 * A dialog's submit: runs the change through the shared `run()` (progress, refresh, Undo), closes
 * the dialog when it worked, and otherwise keeps it open with the server's words beside the fields.
 */
export function useDialogRun() {
  const { close, run } = useActions();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async (pendingText: string, change: () => Promise<ActionOutcome>) => {
    setBusy(true);
    setError(null);
    const err = await run(pendingText, change);
    setBusy(false);
    if (err) setError(err);
    else close();
  };
  return { busy, error, submit, close };
}
