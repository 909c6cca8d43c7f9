'use client';
import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getStraightPath, useInternalNode, type EdgeProps } from '@xyflow/react';
import { SIZES } from '@/lib/graph/layout-constants';
import type { SharedStackEdge as SharedStackEdgeType } from '@/lib/graph/types';

/** `container:<x>` mode: a dashed line from the container to the one whose network stack it lives in. */
function SharedStackEdge({ id, source, target, data }: EdgeProps<SharedStackEdgeType>) {
  const from = useInternalNode(source);
  const to = useInternalNode(target);
  if (!from || !to) return null;
  const w = SIZES.containerWidth;
  const h = SIZES.containerHeight;
  const a = from.internals.positionAbsolute;
  const b = to.internals.positionAbsolute;
  const below = a.y > b.y;
  const [path, lx, ly] = getStraightPath({
    sourceX: a.x + w / 2, sourceY: below ? a.y : a.y + h,
    targetX: b.x + w / 2, targetY: below ? b.y + h : b.y,
  });
  return (
    <g data-testid="shared-stack-edge">
      <BaseEdge id={id} path={path} style={{ stroke: '#64748b', strokeWidth: 2, strokeDasharray: '3 3' }} />
      <EdgeLabelRenderer>
        <div
          className="pointer-events-none absolute rounded bg-slate-100 px-1 text-[10px] text-slate-600"
          style={{ transform: `translate(-50%, -50%) translate(${lx + 70}px, ${ly}px)` }}
        >
          {data?.label}
        </div>
      </EdgeLabelRenderer>
    </g>
  );
}

export default memo(SharedStackEdge);
