'use client';
import useSWR from 'swr';
import { fetchJson, type ApiError } from '@/lib/client/fetch-json';
import type { MapHistory } from '@/lib/client/fetch-map-at';
import { useTimeTravel } from './use-time-travel';
import { clockTime } from '@/lib/client/clock-time';

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** The index of the newest point at or before `at` (points ascending). */
function indexAt(points: number[], at: number): number {
  let i = 0;
  while (i + 1 < points.length && points[i + 1] <= at) i++;
  return i;
}

/**
 * The map's timeline: every change the server keeps since it started, to scrub back and forth (the
 * map shows the past, where nothing can be changed), step by step, and "Now" back to live. Says what
 * each step changed and how much history is kept. `version`: when the live map last changed.
 */
export default function Timeline({ version }: { version?: number }) {
  const travel = useTimeTravel();
  const { data, error } = useSWR<MapHistory, ApiError>(['/api/history', travel.at === null ? version : 'past'], ([u]: [string]) => fetchJson<MapHistory>(u), { keepPreviousData: true, revalidateOnFocus: false });
  if (!data) {
    return (
      <div data-testid="timeline" className="border-b border-slate-200 bg-white px-4 py-1.5 text-sm text-slate-600" role={error ? 'alert' : 'status'}>
        {error ? `The history cannot be read: ${error.message}` : 'Reading the history…'}
      </div>
    );
  }
  const points = [Date.parse(data.oldest ?? data.newest ?? ''), ...data.changes.map((c) => Date.parse(c.at))].filter((t) => !Number.isNaN(t));
  const last = points.length - 1;
  const index = travel.at === null ? last : indexAt(points, travel.at);
  const go = (i: number) => (i >= last ? travel.now() : travel.goTo(points[Math.max(0, i)]));
  const change = index > 0 ? data.changes[index - 1] : null;
  const where = travel.at === null ? 'Now (live)' : `${clockTime(points[index])} — ${change ? change.summary : 'the first map this server read'}`;
  const button = 'rounded border border-slate-300 px-2 py-0.5 text-xs text-slate-700 hover:bg-slate-50 disabled:text-slate-300';
  return (
    <div data-testid="timeline" className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-slate-200 bg-white px-4 py-1.5 text-sm">
      <span className="font-medium text-slate-800">History</span>
      <button type="button" className={button} disabled={index === 0} onClick={() => go(index - 1)} aria-label="One change earlier">◀ Earlier</button>
      <input type="range" aria-label="Map time" min={0} max={last} value={index} disabled={last === 0} onChange={(e) => go(Number(e.target.value))}
        aria-valuetext={where} className="w-72 accent-indigo-600" />
      <button type="button" className={button} disabled={travel.at === null} onClick={() => go(index + 1)} aria-label="One change later">Later ▶</button>
      <span data-testid="timeline-position" className="min-w-64 text-slate-900">{where}</span>
      <button type="button" className={button} disabled={travel.at === null} onClick={travel.now}>Now</button>
      <span data-testid="timeline-kept" className="ml-auto text-xs text-slate-500">
        Kept since {points.length ? clockTime(points[0]) : '—'}: {data.kept.changes} change{data.kept.changes === 1 ? '' : 's'} (this server keeps up to {data.kept.maxChanges.toLocaleString()} changes or {mb(data.kept.maxBytes)} in memory, since it started)
      </span>
      <button type="button" aria-label="Close the history" onClick={() => { travel.now(); travel.setOpen(false); }} className="rounded px-1.5 text-slate-500 hover:bg-slate-100">✕</button>
    </div>
  );
}
