'use client';
import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import type { CountEdge as CountEdgeType } from '@/lib/graph/types';
import { useBusLine } from './bus-line';

/** The overview: a cluster's attachment to a network, labelled with how many of its containers attach there. */
function CountEdge({ id, source, target, data }: EdgeProps<CountEdgeType>) {
  const line = useBusLine(source, target);
  if (!line || !data) return null;
  const { path, leftOfBus, ex, ey, color } = line;
  return (
    <g data-testid="count-edge" data-network={data.networkName} data-count={data.count}>
      <BaseEdge id={id} path={path} style={{ stroke: color, strokeWidth: 3, strokeDasharray: data.dimmed ? '6 5' : undefined, opacity: data.dimmed ? 0.5 : 0.9 }} />
      <EdgeLabelRenderer>
        <div
          className="za-name nodrag nopan pointer-events-none absolute rounded bg-white/90 px-1 text-[18px] font-semibold leading-5 text-slate-800"
          style={{ transform: `translate(${leftOfBus ? ex - 6 : ex + 6}px, ${ey - 2}px) translate(${leftOfBus ? '-100%' : '0'}, -100%)` }}
        >
          {data.count}
        </div>
      </EdgeLabelRenderer>
    </g>
  );
}

export default memo(CountEdge);
