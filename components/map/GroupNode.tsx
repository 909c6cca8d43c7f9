'use client';
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { GroupFlowNode } from '@/lib/graph/types';
import { useGroupToggle } from './group-toggle';

/** A faint box around containers that share the same set of networks (or one compose project); it collapses into a cluster. */
function GroupNode({ id, data }: NodeProps<GroupFlowNode>) {
  const toggle = useGroupToggle();
  return (
    <div data-testid="group-node" data-project={data.project} className="h-full w-full rounded-xl border border-dashed border-slate-300 bg-slate-50/60">
      <div className="flex items-center gap-1 px-2 pt-1">
        {toggle && (
          <button type="button" aria-label={`Collapse ${data.label}`} title="Collapse into one box with its counts"
            onClick={(e) => { e.stopPropagation(); toggle(id); }}
            className="za-toggle nodrag rounded px-1 text-[12px] leading-none text-slate-500 hover:bg-slate-200 hover:text-slate-800">
            ▾
          </button>
        )}
        <div className="za-group truncate text-[12px] font-medium uppercase tracking-wide text-slate-500">{data.label}</div>
      </div>
    </div>
  );
}

export default memo(GroupNode);
