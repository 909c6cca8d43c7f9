'use client';
import type { MapLevel } from '@/lib/graph/types';

const LEVELS: Array<{ level: MapLevel; label: string; title: string }> = [
  { level: 'overview', label: 'Overview', title: 'Each group of containers on the same networks as one box with its counts; click a box to see its containers' },
  { level: 'containers', label: 'Containers', title: 'Every container with its addresses' },
];

/** Switches the map between the overview (a click on a group opens its containers) and every container. */
export default function LevelSwitch({ level, onChange }: { level: MapLevel; onChange: (level: MapLevel) => void }) {
  return (
    <div role="radiogroup" aria-label="Map level" className="flex overflow-hidden rounded-md border border-slate-300 bg-white text-sm">
      {LEVELS.map((l) => (
        <button key={l.level} type="button" role="radio" aria-checked={level === l.level} title={l.title} onClick={() => onChange(l.level)}
          className={`px-2 py-0.5 ${level === l.level ? 'bg-sky-700 text-white' : 'text-slate-700 hover:bg-slate-100'}`}>
          {l.label}
        </button>
      ))}
    </div>
  );
}
