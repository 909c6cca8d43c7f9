import { outsideReach, type OutsideDoor } from '@/lib/analysis/outside-reach';
import type { Container, Topology } from '@/lib/topology/types';
import { Section } from '../panels/Section';

const VERDICT: Record<OutsideDoor['verdict'], { mark: string; words: string; tone: string }> = {
  yes: { mark: '✓', words: 'reachable', tone: 'text-emerald-700' },
  no: { mark: '✗', words: 'blocked', tone: 'text-slate-500' },
  maybe: { mark: '?', words: 'possibly reachable', tone: 'text-amber-700' },
};

const FROM: Record<OutsideDoor['from'], string> = { lan: 'From other machines', host: 'From this host' };

/** Who outside the container reaches it, and the rule (with its engine version) that decides each way in. */
export default function OutsideSection({ container, topology }: { container: Container; topology: Topology }) {
  const doors = outsideReach(topology, container.id);
  if (doors.length === 0) return null;
  return (
    <Section title="From outside">
      {(['lan', 'host'] as const).map((from) => {
        const own = doors.filter((d) => d.from === from);
        if (!own.length) return null;
        return (
          <div key={from} className="mb-1.5">
            <div className="text-xs font-medium text-slate-500">{FROM[from]}</div>
            <ul data-testid={`outside-${from}`} className="space-y-1 text-sm">
              {own.map((d) => (
                <li key={`${d.how}:${d.at}:${d.ports}`} data-verdict={d.verdict} data-rule={d.rule.id}>
                  <span className={`font-medium ${VERDICT[d.verdict].tone}`} aria-label={VERDICT[d.verdict].words}>{VERDICT[d.verdict].mark}</span>{' '}
                  <span className="font-mono text-xs">{d.at}</span> <span className="text-slate-600">({d.ports})</span>
                  <span className="block text-xs text-slate-600">{d.because} <span className="rounded bg-slate-100 px-1 text-[11px] text-slate-700">{d.rule.engines}</span></span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </Section>
  );
}
