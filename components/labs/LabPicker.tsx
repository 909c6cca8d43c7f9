'use client';
import type { LabId, LabSummary } from '@/lib/labs/lab-types';

/** The labs, in the tutorial's order: a click opens one. */
export default function LabPicker({ labs, onPick }: { labs: LabSummary[]; onPick: (id: LabId) => void }) {
  return (
    <ul aria-label="Labs" data-testid="lab-list" className="space-y-2">
      {labs.map((lab) => (
        <li key={lab.id}>
          <button type="button" data-testid="lab-pick" data-lab={lab.id} onClick={() => onPick(lab.id)}
            className="w-full rounded-md border border-slate-200 px-3 py-2 text-left hover:border-sky-300 hover:bg-sky-50">
            <span className="block text-sm font-medium text-slate-900">{lab.title}</span>
            <span className="block text-xs text-slate-500">{lab.source} · {lab.goals.length} goals</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
