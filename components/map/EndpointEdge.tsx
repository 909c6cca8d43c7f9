'use client';
import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import type { EndpointEdge as EndpointEdgeType } from '@/lib/graph/types';
import { useBusLine } from './bus-line';

/**
 * A container's attachment to a network: a line from the container's side to the bus bar (busLine),
 * labelled with the IP next to the bus (the space there is kept free by the layout).
 */
function EndpointEdge({ id, source, target, data, selected }: EdgeProps<EndpointEdgeType>) {
  const line = useBusLine(source, target);
  if (!line || !data) return null;
  const { path, leftOfBus, ex, ey, color } = line;
  return (
    <g data-testid="endpoint-edge" data-network={data.networkName} data-container={data.containerName} data-ip={data.endpoint.ipv4 ?? data.endpoint.ipv6 ?? ''} data-default-route={data.route ?? ''} data-selected={selected ? 'true' : 'false'}>
      <BaseEdge
        id={id}
        path={path}
        interactionWidth={14}
        style={{
          stroke: color,
          strokeWidth: selected ? 3.5 : 2,
          strokeDasharray: data.dimmed ? '5 4' : undefined,
          opacity: data.dimmed ? 0.5 : 0.9,
        }}
      />
      <EdgeLabelRenderer>
        <div
          className={`za-detail nodrag nopan pointer-events-none absolute rounded bg-white/90 px-0.5 font-mono text-[12px] leading-4 ${
            data.dimmed ? 'text-slate-400' : 'text-slate-800'
          }`}
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
