'use client';
import { useMemo, useState } from 'react';
import { reachability } from '@/lib/analysis/reachability';
import type { Container, Topology } from '@/lib/topology/types';
import { Section } from '../panels/Section';
import ProbeForm from './ProbeForm';
import ReachVerdict from './ReachVerdict';
import { compareText } from '@/lib/graph/compare-text';

/**
 * "Can this container reach that one?": the prediction from the topology at once, and a live probe
 * to prove it. `initialTarget` comes from a shift-drag of one container onto another.
 */
export default function ReachSection({ container, topology, initialTarget }: { container: Container; topology: Topology; initialTarget?: string | null }) {
  const others = useMemo(
    () => topology.containers.filter((c) => c.id !== container.id).sort((a, b) => compareText(a.name, b.name)),
    [topology, container.id],
  );
  const [picked, setPicked] = useState<string>(initialTarget ?? '');
  const target = others.find((c) => c.id === picked) ?? null;
  const verdict = useMemo(() => (target ? reachability(topology, container.id, target.id) : null), [topology, container.id, target]);
  return (
    <Section title="Can it reach…">
      <label className="sr-only" htmlFor="reach-target">Container to reach</label>
      <select
        id="reach-target"
        data-testid="reach-target"
        value={picked}
        onChange={(e) => setPicked(e.target.value)}
        className="w-full rounded border border-slate-300 px-1.5 py-1 text-sm"
      >
        <option value="">Pick a container…</option>
        {others.map((c) => <option key={c.id} value={c.id}>{c.name}{c.state === 'running' ? '' : ` (${c.state})`}</option>)}
      </select>
      {verdict && target && (
        <div className="mt-2 space-y-2">
          <ReachVerdict verdict={verdict} />
          <ProbeForm key={target.id} from={container} to={target} />
        </div>
      )}
      {!target && <p className="mt-1 text-xs text-slate-500">Or hold Shift and drag one container onto another on the map.</p>}
    </Section>
  );
}
