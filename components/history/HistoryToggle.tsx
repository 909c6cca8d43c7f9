'use client';
import { useTimeTravel } from './use-time-travel';

/** "History" in the header: opens the timeline of the live map (closing it returns to now). */
export default function HistoryToggle() {
  const travel = useTimeTravel();
  return (
    <button type="button" aria-pressed={travel.open} onClick={() => { if (travel.open) travel.now(); travel.setOpen(!travel.open); }}
      className={`rounded-md border px-2 py-1 text-xs ${travel.open ? 'border-indigo-400 bg-indigo-50 text-indigo-900' : 'border-slate-300 text-slate-700 hover:bg-slate-50'}`}>
      History
    </button>
  );
}
