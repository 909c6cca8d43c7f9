import type { ConnectResult, ProbeResult } from '@/lib/analysis/probe-types';

const TONE: Record<ConnectResult, string> = {
  ok: 'text-emerald-800',
  refused: 'text-amber-800',
  timeout: 'text-red-800',
  unresolved: 'text-red-800',
  unreachable: 'text-red-800',
};

const WORDS: Record<ConnectResult, string> = {
  ok: 'connected',
  refused: 'refused (reachable, nothing listens)',
  timeout: 'timed out',
  unresolved: 'name does not resolve',
  unreachable: 'no route',
};

/** What the live probe saw, per name and address, and whether it agrees with the prediction. */
export default function ProbeResultView({ result }: { result: ProbeResult }) {
  const what = result.protocol === 'tcp' ? `TCP ${result.port}` : 'ping';
  return (
    <div data-testid="probe-result" data-reachable={String(result.reachable)} className="space-y-1.5">
      <div className="text-sm font-medium text-slate-900">
        Probe from inside {result.from.name} ({what}): {result.reachable ? 'reached' : 'did not reach'} {result.to.name}
        <span className="ml-1 text-xs font-normal text-slate-500">in {(result.durationMs / 1000).toFixed(1)} s</span>
      </div>
      <table className="w-full text-left text-xs">
        <thead className="text-slate-500"><tr><th className="py-0.5 font-medium">target</th><th className="font-medium">resolved</th><th className="font-medium">result</th><th className="text-right font-medium">rtt</th></tr></thead>
        <tbody>
          {result.results.map((r) => (
            <tr key={`${r.kind}:${r.target}`} data-testid="probe-row" data-target={r.target} data-connect={r.connect} className="border-t border-slate-100 align-top">
              <td className="py-0.5 pr-2 font-mono break-all">{r.target}</td>
              <td className="pr-2 font-mono break-all">{r.kind === 'ip' ? '—' : r.resolved.join(', ') || 'nothing'}</td>
              <td className={`pr-2 ${TONE[r.connect]}`}>{WORDS[r.connect]}</td>
              <td className="text-right font-mono">{r.rttMs === null ? '' : `${r.rttMs} ms`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.disagreements.length === 0 ? (
        <p data-testid="probe-agrees" className="text-xs text-emerald-800">The probe agrees with the prediction.</p>
      ) : (
        <div role="alert" data-testid="probe-disagrees" className="rounded border border-amber-300 bg-amber-50 px-2 py-1 text-xs text-amber-900">
          The probe disagrees with the prediction:
          <ul className="list-disc pl-4">{result.disagreements.map((d) => <li key={d}>{d}</li>)}</ul>
        </div>
      )}
    </div>
  );
}
