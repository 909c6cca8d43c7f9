'use client';
import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { networkColor } from '@/lib/graph/network-color';
import type { NetworkFlowNode } from '@/lib/graph/types';
import { addressingLine, networkBadges, type NetworkBadge } from '@/lib/graph/network-badge';
import { NETWORK_NAME_PX } from '@/lib/graph/layout-constants';
import { DIFF_SENTENCE } from '@/lib/graph/diff-words';
import { BUS_BAR_WIDTH } from './bus-line';
import DiffBadge, { DIFF_RING } from './DiffBadge';
import { LAB_OUTLINE } from './ContainerNode';


const TONE: Record<NetworkBadge['tone'], string> = {
  neutral: 'bg-slate-100 text-slate-700',
  warn: 'bg-amber-50 text-amber-800',
  info: 'bg-sky-50 text-sky-900',
};

/** Lets a long name wrap after its separators (my-app_backend), not in the middle of a word. */
export function breakable(name: string): string {
  return name.replace(/([-_.])/g, '$1\u200b');
}

/**
 * A network, drawn as a header card on top of a vertical bus bar that its containers attach to; the card
 * outlined in violet when the open lab works with it.
 */
function NetworkNode({ data, selected, height }: NodeProps<NetworkFlowNode>) {
  const n = data.network;
  const color = networkColor(n);
  const badges = networkBadges(n);
  const addressing = addressingLine(n);
  const diff = data.diff;
  const lab = data.lab === true;
  return (
    // The node box is as wide as the card but only the card and the bar take the pointer: the rest
    // overlaps the bands beside the bus, where edges and their labels are. A removed network is a ghost.
    <div data-testid="network-node" data-name={n.name} data-diff={diff} data-lab={lab ? 'true' : undefined}
      className={`pointer-events-none relative h-full w-full ${diff === 'removed' ? 'opacity-50' : ''}`} style={{ height }}>
      <div
        className="pointer-events-auto absolute top-0 bottom-0 left-1/2 -translate-x-1/2 rounded-full"
        style={{ width: BUS_BAR_WIDTH, background: color, opacity: 0.85 }}
      />
      <div
        className={`pointer-events-auto relative rounded-lg border-2 bg-white px-3 py-2 shadow-sm ${diff === 'removed' ? 'border-dashed' : ''} ${
          selected ? 'ring-2 ring-sky-500' : diff ? DIFF_RING[diff] : ''} ${lab ? LAB_OUTLINE : ''}`}
        style={{ borderColor: color }}
        title={`${n.name} (${n.driver}) — ${diff ? `${DIFF_SENTENCE[diff]}; ` : ''}${lab ? 'part of the open lab; ' : ''}click for details`}
      >
        {/* On the card's top edge: the card keeps the height the layout reserves for it. */}
        {diff && <DiffBadge mark={diff} className="absolute -top-3 right-2" />}
        <div data-testid="network-name" className={`za-netname line-clamp-2 break-words font-semibold leading-tight text-slate-900 ${diff === 'removed' ? 'line-through' : ''}`} style={{ fontSize: NETWORK_NAME_PX[data.level ?? 'containers'] }}>
          {breakable(n.name)}
        </div>
        <div className="za-detail truncate text-[13px] text-slate-600">
          {n.driver}
          {addressing ? ` · ${addressing}` : ''}
        </div>
        <div className="za-detail text-[13px] text-slate-600">
          {data.memberCount} {data.memberCount === 1 ? 'container' : 'containers'}
          {n.dns ? ' · DNS' : ''}
        </div>
        {badges.map((b) => <div key={b.text} data-testid="network-badge" className={`za-detail mt-1 rounded px-1.5 py-0.5 text-[12px] leading-tight ${TONE[b.tone]}`}>{b.text}</div>)}
        {data.services?.length ? (
          <div data-testid="network-vips" className="za-detail mt-1 line-clamp-2 rounded bg-violet-50 px-1.5 py-0.5 text-[12px] leading-tight text-violet-900"
            title={data.services.map((s) => `${s.name} → VIP ${s.vip}; tasks.${s.name} → every task`).join('\n')}>
            {data.services.map((s) => `${s.name} VIP ${s.vip}`).join(' · ')}
          </div>
        ) : null}
      </div>
      <Handle type="target" position={Position.Left} className="!opacity-0" isConnectable={false} />
    </div>
  );
}

export default memo(NetworkNode);
