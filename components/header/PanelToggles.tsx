'use client';

export type SidePanelKind = 'activity' | 'ports' | 'doctor' | 'swarm' | 'labs';

export const PANEL_LABEL: Record<SidePanelKind, string> = { activity: 'Activity', ports: 'Host ports', doctor: 'Doctor', swarm: 'Swarm', labs: 'Labs' };

/** The header buttons that open one docked panel at a time; a count when there is something in it. */
export default function PanelToggles({ open, counts, onToggle, hidden = [] }: { open: SidePanelKind | null; counts: Partial<Record<SidePanelKind, number>>; onToggle: (k: SidePanelKind) => void; hidden?: SidePanelKind[] }) {
  return (
    <div className="flex items-center gap-1.5">
      {(Object.keys(PANEL_LABEL) as SidePanelKind[]).filter((k) => !hidden.includes(k)).map((k) => (
        <button
          key={k}
          type="button"
          onClick={() => onToggle(k)}
          aria-pressed={open === k}
          className={`rounded-md border px-2 py-1 text-xs hover:bg-slate-50 ${open === k ? 'border-sky-400 bg-sky-50 text-sky-900' : 'border-slate-300 text-slate-700'}`}
        >
          {PANEL_LABEL[k]}{counts[k] ? ` (${counts[k]})` : ''}
        </button>
      ))}
    </div>
  );
}
