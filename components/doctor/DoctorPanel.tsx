'use client';
import { useState } from 'react';
import type { Diagnostic, Severity } from '@/lib/analysis/diagnostic-types';
import { applyFix, fixStepCli } from '@/lib/client/fix-steps';
import { engineOf } from '@/lib/topology/engine-of';
import type { EngineEntry, Topology } from '@/lib/topology/types';
import { useActions } from '../actions/ActionsContext';
import type { Analysis } from '../dashboard/map-source';
import SidePanel from '../dashboard/SidePanel';

const BADGE: Record<Severity, string> = {
  error: 'bg-red-100 text-red-900',
  warning: 'bg-amber-100 text-amber-900',
  info: 'bg-slate-100 text-slate-700',
};
const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** One finding: what, who, why, and the fix (one click when it is network actions). */
function Finding({ d, engine, many, onPick }: { d: Diagnostic; engine: EngineEntry; many: boolean; onPick: (kind: 'container' | 'network', id: string) => void }) {
  const { readOnly, run } = useActions();
  const [confirming, setConfirming] = useState(false);
  const steps = d.fix.steps ?? [];
  return (
    <li data-testid="diagnostic" data-rule={d.rule} className="rounded-md border border-slate-200 px-3 py-2">
      <div className="flex items-center gap-2">
        <span className={`rounded px-1.5 py-0.5 text-[11px] font-semibold uppercase ${BADGE[d.severity]}`}>{d.severity}</span>
        {many && <span data-testid="diagnostic-engine" className="rounded bg-indigo-50 px-1.5 text-[11px] text-indigo-900" title={engine.host}>{engine.name}</span>}
        <span className="flex flex-wrap gap-1">
          {d.subjects.map((s) => (
            <button key={`${s.kind}:${s.id}`} type="button" onClick={() => onPick(s.kind, s.id)} className="rounded bg-sky-50 px-1.5 font-mono text-xs text-sky-900 hover:bg-sky-100" title={`Show this ${s.kind} on the map`}>
              {s.name}
            </button>
          ))}
        </span>
      </div>
      <p className="mt-1 text-sm text-slate-900">{d.message}</p>
      <p className="mt-1 text-xs text-slate-600"><span className="font-medium">Fix:</span> {d.fix.text}</p>
      {steps.length > 0 && !readOnly && !confirming && (
        <button type="button" data-testid="fix-button" onClick={() => setConfirming(true)} className="mt-1.5 rounded border border-slate-300 px-2 py-0.5 text-xs font-medium text-slate-800 hover:bg-slate-50">
          Fix it…
        </button>
      )}
      {confirming && (
        <div className="mt-1.5 space-y-1.5">
          <pre data-testid="fix-cli" className="whitespace-pre-wrap break-words rounded bg-slate-900 px-2 py-1.5 font-mono text-[11px] text-slate-100">{steps.map((s) => fixStepCli(s, engine)).join('\n')}</pre>
          <div className="flex gap-2">
            <button type="button" data-testid="fix-confirm" onClick={async () => { setConfirming(false); await run(`Applying the fix (${steps.length} steps)…`, () => applyFix(steps, engine)); }}
              className="rounded bg-sky-600 px-2 py-0.5 text-xs font-medium text-white hover:bg-sky-700">Run these {steps.length} steps</button>
            <button type="button" onClick={() => setConfirming(false)} className="rounded border border-slate-300 px-2 py-0.5 text-xs">Cancel</button>
          </div>
        </div>
      )}
    </li>
  );
}

/** The network doctor: the classic mistakes found on each engine, worst first. */
export default function DoctorPanel({ diagnostics, topology, note, onClose, onPick }: {
  diagnostics: Analysis<Diagnostic[]>; topology?: Topology; note?: string; onClose: () => void; onPick: (kind: 'container' | 'network', id: string) => void;
}) {
  const { data, error, isLoading } = diagnostics;
  const findings = [...(data ?? [])].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return (
    <SidePanel title="Doctor" testId="doctor-panel" onClose={onClose}
      intro={note ?? 'Classic Docker networking mistakes found on each engine. Environment values are read on the server only to decide; they are never sent to this page.'}>
      <div className="mt-2 flex-1 overflow-y-auto px-4 pb-4">
        {isLoading && !data && <p className="text-sm text-slate-500">Examining the engine…</p>}
        {error && <p role="alert" className="text-sm text-red-800">{error.message}</p>}
        {data && findings.length === 0 && <p data-testid="doctor-clean" className="text-sm text-emerald-800">No problem found.</p>}
        <ul className="space-y-2">{findings.map((d, i) => topology && <Finding key={`${d.rule}:${i}`} d={d} engine={engineOf(topology, d.engineId)} many={topology.engines.length > 1} onPick={onPick} />)}</ul>
      </div>
    </SidePanel>
  );
}
