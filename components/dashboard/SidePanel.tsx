import type { ReactNode } from 'react';

/** A panel docked at the right of the map (activity, host ports, doctor): title, a line of context, content. */
export default function SidePanel({ title, intro, testId, onClose, children }: { title: string; intro?: string; testId: string; onClose: () => void; children: ReactNode }) {
  return (
    <div data-testid={testId} className="flex h-full flex-col">
      <div className="flex items-center justify-between px-4 pt-3">
        <h2 className="text-sm font-semibold text-slate-900">{title}</h2>
        <button type="button" aria-label={`Close ${title.toLowerCase()}`} onClick={onClose} className="rounded px-2 text-slate-500 hover:bg-slate-100">✕</button>
      </div>
      {intro && <p className="px-4 text-xs text-slate-500">{intro}</p>}
      {children}
    </div>
  );
}
