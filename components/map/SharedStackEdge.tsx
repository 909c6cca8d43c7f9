'use client';
import { memo } from 'react';
import { BaseEdge, getStraightPath, useInternalNode, type EdgeProps } from '@xyflow/react';
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
  const [path] = getStraightPath({
    sourceX: a.x + w / 2, sourceY: below ? a.y : a.y + h,
    targetX: b.x + w / 2, targetY: below ? b.y + h : b.y,
  });
  return (
    // The follower node itself says whose stack it shares; the line only joins them.
    <g data-testid="shared-stack-edge">
      <title>{data?.label}</title>
      <BaseEdge id={id} path={path} style={{ stroke: '#64748b', strokeWidth: 2, strokeDasharray: '3 3' }} />
    </g>
  );
}

export default memo(SharedStackEdge);
