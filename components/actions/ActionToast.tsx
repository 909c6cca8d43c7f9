'use client';
import { useEffect, useState } from 'react';
import { useActions } from './ActionsContext';

/** How long a success stays on screen; errors stay until dismissed, pending until done. */
const OK_MS = 12_000;

/** The last action's progress, result (with Undo) or error, bottom-right over the map. */
export default function ActionToast() {
  const { feedback, dismissFeedback, run, dialog } = useActions();
  const [undoing, setUndoing] = useState(false);
  useEffect(() => {
    if (feedback?.state !== 'ok') return;
    const t = setTimeout(dismissFeedback, OK_MS);
    return () => clearTimeout(t);
  }, [feedback, dismissFeedback]);
  // An open dialog shows its own progress and errors beside its fields.
  if (!feedback || dialog) return null;
  const tone = { pending: 'border-sky-200 bg-white', ok: 'border-emerald-300 bg-emerald-50', error: 'border-red-300 bg-red-50' }[feedback.state];
  return (
    <div
      role={feedback.state === 'error' ? 'alert' : 'status'}
      data-testid="action-feedback"
      data-state={feedback.state}
      className={`absolute right-4 bottom-4 z-40 flex max-w-[460px] items-start gap-3 rounded-lg border px-3 py-2 text-sm shadow-lg ${tone}`}
    >
      <div className="min-w-0 flex-1">
        {feedback.state === 'pending' && <span className="mr-1.5 inline-block h-2 w-2 animate-pulse rounded-full bg-sky-500" />}
        <span className="break-words">{feedback.text}</span>
        {feedback.state === 'error' && feedback.hint && <div className="mt-0.5 text-xs text-red-700">{feedback.hint}</div>}
      </div>
      {feedback.state === 'ok' && feedback.undo && (
        <button
          type="button"
          disabled={undoing}
          onClick={async () => {
            const undo = feedback.undo!;
            setUndoing(true);
            await run(`Undoing: ${undo.label}…`, undo.run);
            setUndoing(false);
          }}
          className="shrink-0 rounded border border-slate-300 bg-white px-2 py-0.5 text-xs font-medium text-slate-800 hover:bg-slate-50"
        >
          Undo
        </button>
      )}
      {feedback.state !== 'pending' && (
        <button type="button" aria-label="Dismiss" onClick={dismissFeedback} className="shrink-0 text-slate-500 hover:text-slate-800">✕</button>
      )}
    </div>
  );
}
