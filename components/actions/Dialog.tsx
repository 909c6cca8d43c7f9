'use client';
import { useEffect, useRef, type ReactNode } from 'react';

export interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** The buttons row (Cancel / the action). */
  footer: ReactNode;
  testId: string;
  wide?: boolean;
}

/**
 * A modal dialog: a labelled `role="dialog"` over a dimmed page; Escape or a click outside closes
 * it; focus starts on its first field (or button) and comes back where it was on close.
 */
export default function Dialog({ title, onClose, children, footer, testId, wide }: DialogProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    const first = box.current?.querySelector<HTMLElement>('input, select, textarea, button:not([data-close])');
    first?.focus();
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') onClose(); };
    window.addEventListener('keydown', onKey);
    return () => { window.removeEventListener('keydown', onKey); before?.focus?.(); };
  }, [onClose]);
  return (
    <div className="fixed inset-0 z-50 flex items-start justify-center bg-slate-900/30 pt-[10vh]" onMouseDown={(e) => { if (e.target === e.currentTarget) onClose(); }}>
      <div
        ref={box}
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${testId}-title`}
        data-testid={testId}
        className={`max-h-[80vh] ${wide ? 'w-[560px]' : 'w-[440px]'} overflow-y-auto rounded-lg border border-slate-200 bg-white shadow-xl`}
      >
        <div className="flex items-center justify-between border-b border-slate-200 px-4 py-2.5">
          <h2 id={`${testId}-title`} className="text-[15px] font-semibold text-slate-900">{title}</h2>
          <button type="button" data-close aria-label="Close" onClick={onClose} className="rounded px-2 text-slate-500 hover:bg-slate-100">✕</button>
        </div>
        <div className="space-y-3 px-4 py-3 text-sm text-slate-800">{children}</div>
        <div className="flex justify-end gap-2 border-t border-slate-200 px-4 py-2.5">{footer}</div>
      </div>
    </div>
  );
}

/** The dialogs' buttons, in one look: `primary` for the action, `danger` for a destructive one. */
export function DialogButton({ tone = 'plain', ...props }: React.ButtonHTMLAttributes<HTMLButtonElement> & { tone?: 'plain' | 'primary' | 'danger' }) {
  const look = {
    plain: 'border border-slate-300 text-slate-700 hover:bg-slate-50',
    primary: 'bg-sky-600 text-white hover:bg-sky-700 disabled:bg-sky-300',
    danger: 'bg-red-600 text-white hover:bg-red-700 disabled:bg-red-300',
  }[tone];
  return <button type="button" {...props} className={`rounded-md px-3 py-1.5 text-sm font-medium ${look} ${props.className ?? ''}`} />;
}

/** The CLI equivalent of what the dialog will do, updated as the fields change. */
export function CliPreview({ command }: { command: string }) {
  return (
    <div>
      <div className="text-xs font-medium text-slate-500">Same as</div>
      <pre data-testid="cli-preview" className="mt-0.5 whitespace-pre-wrap break-words rounded bg-slate-900 px-2 py-1.5 font-mono text-[12px] text-slate-100">{command}</pre>
    </div>
  );
}

/** An error from the server, in words, inside a dialog. */
export function DialogError({ message, hint }: { message: string; hint?: string }) {
  return (
    <div role="alert" data-testid="dialog-error" className="rounded border border-red-200 bg-red-50 px-2 py-1.5 text-red-800">
      {message}{hint ? <div className="mt-0.5 text-xs text-red-700">{hint}</div> : null}
    </div>
  );
}

/** The usual footer: Cancel, and the action's button (its label turns into `busyLabel` while it runs). */
export function DialogFooter({ onCancel, onConfirm, label, busyLabel = 'Working…', busy, disabled, tone = 'primary', testId }: {
  onCancel: () => void; onConfirm: () => void; label: string; busyLabel?: string; busy: boolean; disabled?: boolean; tone?: 'primary' | 'danger'; testId: string;
}) {
  return (
    <>
      <DialogButton onClick={onCancel}>Cancel</DialogButton>
      <DialogButton tone={tone} disabled={busy || disabled} onClick={onConfirm} data-testid={testId}>{busy ? busyLabel : label}</DialogButton>
    </>
  );
}

/** What a dialog shows when its subject left the engine while it was open: the sentence and Close. */
export function GoneDialog({ title, testId, message, onClose }: { title: string; testId: string; message: string; onClose: () => void }) {
  return <Dialog title={title} onClose={onClose} testId={testId} footer={<DialogButton onClick={onClose}>Close</DialogButton>}><p>{message}</p></Dialog>;
}
