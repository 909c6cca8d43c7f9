'use client';
import { useMemo, useState, type ComponentProps } from 'react';
import type { LabSummary } from '@/lib/labs/lab-types';
import LabGoals from './LabGoals';
import LabSteps from './LabSteps';
import { statusWords } from './lab-words';
import { useLabActions } from './use-lab-actions';
import { useLabCheck } from './use-lab-check';
import { clockTime } from '@/lib/client/clock-time';

function Button(props: ComponentProps<'button'>) {
  return <button type="button" {...props} className="rounded border border-slate-300 px-2 py-1 text-xs font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-50" />;
}

interface Props {
  lab: LabSummary;
  /** `?engine=` on a map of several engines. */
  engineId: string | null;
  /** Why nothing can be set up, checked or reset here (read-only, a snapshot, a past map), or null. */
  offWhy: string | null;
  /** The live map's version as far as a goal can tell (labMapKey): a change means a check soon. */
  mapKey: string;
  onBack: () => void;
}

/**
 * One open lab: what to build, the goals as the live engine stands (checked when opened, after Set me
 * up and Reset, and when the map changes), the CLI solution on demand, and the lab's buttons.
 */
export default function LabView({ lab, engineId, offWhy, mapKey, onBack }: Props) {
  const check = useLabCheck({ labId: lab.id, engineId, enabled: !offWhy, mapKey });
  const actions = useLabActions(lab.id, engineId, () => void check.recheck());
  const [showSteps, setShowSteps] = useState(false);
  const verdicts = useMemo(() => new Map((check.result?.goals ?? []).map((g) => [g.id, g])), [check.result]);
  const failed = check.error && !check.checking ? check.error : null;
  const status = failed ? `The check failed: ${failed.message}` : statusWords(check.result, check.checking);
  return (
    <div data-testid="lab-view" data-lab={lab.id} className="space-y-3">
      <div>
        <h3 className="text-sm font-semibold text-slate-900">{lab.title}</h3>
        <p className="text-xs text-slate-500">{lab.source}</p>
      </div>
      <p className="text-sm text-slate-700">{lab.summary}</p>
      {offWhy && <p data-testid="lab-off" className="rounded bg-amber-50 px-2 py-1.5 text-sm text-amber-900">{offWhy}</p>}
      <div className="flex flex-wrap gap-1.5">
        {!offWhy && <Button onClick={() => void actions.act('setup')} disabled={actions.busy !== null}>{actions.busy === 'setup' ? 'Setting up…' : 'Set me up'}</Button>}
        <Button onClick={() => setShowSteps((v) => !v)} aria-expanded={showSteps}>Show me how</Button>
        {!offWhy && <Button onClick={() => void check.recheck()} disabled={check.checking}>Check now</Button>}
        {!offWhy && <Button onClick={() => void actions.act('reset')} disabled={actions.busy !== null}>{actions.busy === 'reset' ? 'Resetting…' : 'Reset'}</Button>}
        <Button onClick={onBack}>Back to labs</Button>
      </div>
      {actions.outcome && <p data-testid="lab-outcome" className="text-sm text-slate-700">{actions.outcome}</p>}
      {actions.error && (
        <div role="alert" data-testid="lab-error" className="rounded border border-red-200 bg-red-50 px-2 py-1.5 text-sm text-red-800">
          <p>{actions.error.message}</p>
          {actions.error.hint && <p className="mt-1 text-xs">{actions.error.hint}</p>}
        </div>
      )}
      {showSteps && <LabSteps steps={lab.steps} />}
      {!offWhy && (
        <p role="status" data-testid="lab-status" data-done={String(Boolean(check.result?.done))} data-checking={String(check.checking)}
          className={`text-sm font-medium ${failed ? 'text-red-800' : check.result?.done ? 'text-emerald-800' : 'text-slate-800'}`}>
          {status}
          {failed?.hint && <span className="block text-xs font-normal">{failed.hint}</span>}
          {check.result && <span className="block text-xs font-normal text-slate-500">Last checked {clockTime(Date.parse(check.result.checkedAt))}.</span>}
        </p>
      )}
      <LabGoals goals={lab.goals} verdicts={verdicts} stale={check.checking} />
    </div>
  );
}
