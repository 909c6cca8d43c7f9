import type { Reachability } from '@/lib/analysis/reachability-types';
import { Chips } from '../panels/Section';

const TONES = {
  yes: { box: 'border-emerald-300 bg-emerald-50', title: 'text-emerald-900' },
  ipOnly: { box: 'border-amber-300 bg-amber-50', title: 'text-amber-900' },
  no: { box: 'border-red-200 bg-red-50', title: 'text-red-900' },
};

/** "Can A reach B": yes/no, by which names and addresses, and why, in the analysis' own sentences. */
export default function ReachVerdict({ verdict }: { verdict: Reachability }) {
  const { reachable, from, to } = verdict;
  // Reachable by address only (default bridge, host mode) is a half answer: amber, not green.
  const tone = !reachable ? TONES.no : verdict.names.length > 0 ? TONES.yes : TONES.ipOnly;
  return (
    <div data-testid="reach-verdict" data-reachable={String(reachable)} className={`rounded-md border px-3 py-2 ${tone.box}`}>
      <div className={`text-sm font-semibold ${tone.title}`}>
        {reachable ? `${from.name} can reach ${to.name}` : `${from.name} cannot reach ${to.name}`}
      </div>
      {reachable && (
        <div className="mt-1 space-y-1 text-sm">
          <div className="flex flex-wrap items-baseline gap-1.5"><span className="text-xs text-slate-500">by name</span><Chips items={verdict.names} empty="no name resolves" testId="reach-names" /></div>
          <div className="flex flex-wrap items-baseline gap-1.5"><span className="text-xs text-slate-500">by IP</span><Chips items={verdict.ips} empty="—" testId="reach-ips" /></div>
        </div>
      )}
      <ul data-testid="reach-reasons" className="mt-1.5 list-disc space-y-0.5 pl-5 text-sm text-slate-800">
        {verdict.reasons.map((r, i) => <li key={i} data-code={r.code}>{r.message}</li>)}
      </ul>
    </div>
  );
}
