'use client';
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { GroupFlowNode } from '@/lib/graph/types';

/** A faint box around containers that share the same set of networks. */
function GroupNode({ data }: NodeProps<GroupFlowNode>) {
  return (
    <div data-testid="group-node" className="h-full w-full rounded-xl border border-dashed border-slate-300 bg-slate-50/60">
      <div className="truncate px-3 pt-1.5 text-[11px] font-medium uppercase tracking-wide text-slate-500">{data.label}</div>
    </div>
  );
}

export default memo(GroupNode);
