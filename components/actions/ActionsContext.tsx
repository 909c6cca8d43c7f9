'use client';
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ActionOutcome } from '@/lib/client/action-outcome';
import { ApiError, asApiError } from '@/lib/client/fetch-json';

/** Which action dialog is open, and on what. */
export type ActionDialog =
  | { kind: 'connect'; containerId: string; networkId: string }
  | { kind: 'disconnect'; containerId: string; networkId: string }
  | { kind: 'create-network'; engineId?: string | null }
  | { kind: 'remove-network'; networkId: string }
  | { kind: 'prune'; engineId?: string | null };

/** The last action's state, shown in the feedback toast. */
export type Feedback =
  | { state: 'pending'; text: string }
  | { state: 'ok'; text: string; undo?: ActionOutcome['undo'] }
  | { state: 'error'; text: string; hint?: string };

interface Actions {
  /** NETATLAS_READ_ONLY: every action is hidden (the server refuses them too). */
  readOnly: boolean;
  /** Why nothing can be changed, ending a sentence ("netatlas runs read-only.", "this map is a snapshot."). */
  readOnlyWhy: string;
  dialog: ActionDialog | null;
  open(dialog: ActionDialog): void;
  close(): void;
  feedback: Feedback | null;
  dismissFeedback(): void;
  /**
   * Runs one change with visible progress; on success the map is refreshed and the outcome shown
   * (with Undo when it has one); on failure the server's words are shown. Resolves to the error
   * (null on success), so a dialog can stay open and show it beside the fields.
   */
  run(pendingText: string, change: () => Promise<ActionOutcome>): Promise<ApiError | null>;
}

const ActionsContext = createContext<Actions | null>(null);

export function useActions(): Actions {
  const actions = useContext(ActionsContext);
  if (!actions) throw new Error('useActions outside <ActionsProvider>');
  return actions;
}

/** Holds the open dialog and the last action's feedback; `onChanged` refreshes the topology. */
export function ActionsProvider({ readOnly, readOnlyWhy = 'netatlas runs read-only.', onChanged, children }: { readOnly: boolean; readOnlyWhy?: string; onChanged: () => void; children: ReactNode }) {
  const [dialog, setDialog] = useState<ActionDialog | null>(null);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const seq = useRef(0);
  const onChangedRef = useRef(onChanged);
  onChangedRef.current = onChanged;

  const run = useCallback(async (pendingText: string, change: () => Promise<ActionOutcome>) => {
    const mine = ++seq.current;
    setFeedback({ state: 'pending', text: pendingText });
    try {
      const outcome = await change();
      if (mine === seq.current) setFeedback({ state: 'ok', text: outcome.text, undo: outcome.undo });
      return null;
    } catch (err) {
      const e = asApiError(err);
      if (mine === seq.current) setFeedback({ state: 'error', text: e.message, hint: e.hint });
      return e;
    } finally {
      onChangedRef.current();
    }
  }, []);

  const value = useMemo<Actions>(() => ({
    readOnly,
    readOnlyWhy,
    dialog: readOnly ? null : dialog,
    open: (d) => { if (!readOnly) setDialog(d); },
    close: () => setDialog(null),
    feedback,
    dismissFeedback: () => setFeedback(null),
    run,
  }), [readOnly, readOnlyWhy, dialog, feedback, run]);

  return <ActionsContext.Provider value={value}>{children}</ActionsContext.Provider>;
}
