'use client';
import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import type { DiffMark } from '@/lib/graph/diff-marks';
import { DIFF_SENTENCE } from '@/lib/graph/diff-words';
import type { EndpointEdge as EndpointEdgeType } from '@/lib/graph/types';
import { useBusLine } from './bus-line';

/** Compared with a snapshot: a new attachment emerald, a changed one amber, a removed one a grey dashed ghost. */
const DIFF_STROKE: Record<DiffMark, { stroke: string; dash?: string; opacity: number }> = {
  added: { stroke: '#059669', opacity: 0.95 },
  changed: { stroke: '#d97706', opacity: 0.95 },
  removed: { stroke: '#94a3b8', dash: '6 4', opacity: 0.8 },
};

/**
 * A container's attachment to a network: a line from the container's side to the bus bar (busLine),
 * labelled with the IP next to the bus (the space there is kept free by the layout).
 */
function EndpointEdge({ id, source, target, data, selected }: EdgeProps<EndpointEdgeType>) {
  const line = useBusLine(source, target);
  if (!line || !data) return null;
  const { path, leftOfBus, ex, ey, color } = line;
  const diff = data.diff ? DIFF_STROKE[data.diff] : null;
  return (
    <g data-testid="endpoint-edge" data-network={data.networkName} data-container={data.containerName} data-ip={data.endpoint.ipv4 ?? data.endpoint.ipv6 ?? ''} data-default-route={data.route ?? ''} data-selected={selected ? 'true' : 'false'} data-diff={data.diff}>
      {data.diff && <title>{`${data.containerName} on ${data.networkName}: ${DIFF_SENTENCE[data.diff]}`}</title>}
      <BaseEdge
        id={id}
        path={path}
        interactionWidth={14}
        style={{
          stroke: diff?.stroke ?? color,
          strokeWidth: selected ? 3.5 : diff ? 2.5 : 2,
          strokeDasharray: diff?.dash ?? (data.dimmed ? '5 4' : undefined),
          opacity: diff?.opacity ?? (data.dimmed ? 0.5 : 0.9),
        }}
      />
      <EdgeLabelRenderer>
        <div
          className={`za-detail nodrag nopan pointer-events-none absolute rounded bg-white/90 px-0.5 font-mono text-[12px] leading-4 ${
            data.dimmed || data.diff === 'removed' ? 'text-slate-400' : 'text-slate-800'
          } ${data.diff === 'removed' ? 'line-through' : ''}`}
          style={{
            // Just above the line, next to the bus on the container's side: the free space the layout
            // keeps between bus and group. Above, not on it, so the line never strikes the text through.
            transform: `translate(${leftOfBus ? ex - 8 : ex + 8}px, ${ey - 2}px) translate(${leftOfBus ? '-100%' : '0'}, -100%)`,
          }}
        >
          {data.label}
        </div>
        {data.route && (
          <div
            data-testid="default-route-mark"
            title={`${data.containerName}'s ${data.route} default route leaves through ${data.networkName}`}
            className="za-detail nodrag nopan pointer-events-none absolute rounded bg-amber-100 px-1 text-[12px] font-medium leading-4 text-amber-900"
            // Under the line, where the IP above it leaves room: the label band is only as wide as an address.
            style={{ transform: `translate(${leftOfBus ? ex - 8 : ex + 8}px, ${ey + 3}px) translate(${leftOfBus ? '-100%' : '0'}, 0)` }}
          >
            default route{data.route === 'IPv4+IPv6' ? '' : ` (${data.route})`}
          </div>
        )}
      </EdgeLabelRenderer>
    </g>
  );
}

export default memo(EndpointEdge);
