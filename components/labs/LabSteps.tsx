'use client';
import { useState } from 'react';
import type { LabStep } from '@/lib/labs/lab-types';

/** "Show me how": the lab's CLI solution, one copyable command per numbered step. */
export default function LabSteps({ steps }: { steps: LabStep[] }) {
  const [copied, setCopied] = useState<number | null>(null);
  return (
    <ol aria-label="Steps" data-testid="lab-steps" className="list-decimal space-y-1.5 pl-5 text-sm text-slate-700">
      {steps.map((step, i) => (
        <li key={`${i}:${step.text}`} data-testid="lab-step">
          <div className="flex items-start gap-2">
            <code className="flex-1 break-words whitespace-pre-wrap rounded bg-slate-900 px-2 py-1 font-mono text-xs text-slate-100">{step.text}</code>
            <button type="button" aria-label={`Copy step ${i + 1}`} className="text-xs text-sky-700 underline"
              onClick={() => navigator.clipboard?.writeText(step.text).then(() => setCopied(i), () => setCopied(null))}>
              {copied === i ? 'copied' : 'copy'}
            </button>
          </div>
          {!step.docker && <p className="text-xs text-slate-500">On the engine&apos;s host, not a docker command.</p>}
        </li>
      ))}
    </ol>
  );
}
