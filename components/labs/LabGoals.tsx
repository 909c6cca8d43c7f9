'use client';
import type { GoalVerdict, LabSummary } from '@/lib/labs/lab-types';

/** How a goal stands, as a mark and in words for a screen reader. */
function mark(verdict: GoalVerdict | undefined) {
  if (!verdict) return { sign: '○', tone: 'text-slate-400', words: 'not checked yet' };
  return verdict.met ? { sign: '✓', tone: 'text-emerald-600', words: 'met' } : { sign: '✗', tone: 'text-red-600', words: 'not met' };
}

/**
 * The lab's goals, each with a tick or a cross and the evidence in words under it (the live check's);
 * `data-met` is `unknown` until a check has judged it. `stale`: a newer check is running.
 */
export default function LabGoals({ goals, verdicts, stale }: { goals: LabSummary['goals']; verdicts: ReadonlyMap<string, GoalVerdict>; stale: boolean }) {
  return (
    <ul aria-label="Goals" data-testid="lab-goals" className={`space-y-2 transition-opacity ${stale ? 'opacity-70' : ''}`}>
      {goals.map((goal) => {
        const verdict = verdicts.get(goal.id);
        const m = mark(verdict);
        return (
          <li key={goal.id} data-testid="lab-goal" data-goal={goal.id} data-met={verdict ? String(verdict.met) : 'unknown'} className="flex items-start gap-2">
            <span aria-hidden="true" className={`w-4 shrink-0 text-center text-sm font-bold ${m.tone}`}>{m.sign}</span>
            <div className="min-w-0">
              <p className="text-sm text-slate-900">{goal.text}<span className="sr-only">: {m.words}</span></p>
              {verdict && <p data-testid="lab-evidence" className="text-sm break-words text-slate-600">{verdict.evidence}</p>}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
