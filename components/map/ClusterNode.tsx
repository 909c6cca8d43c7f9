'use client';
import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { ClusterFlowNode } from '@/lib/graph/types';

/**
 * The overview: a group of containers on the same networks as one node, with its counts in type large
 * enough to read with the whole map fitted. A click opens the group in the container view.
 */
function ClusterNode({ data }: NodeProps<ClusterFlowNode>) {
  const stopped = data.count - data.running;
  return (
    <div
      data-testid="cluster-node"
      data-label={data.label}
      data-count={data.count}
      title={`${data.label}\n${data.count} containers: ${data.sample.join(', ')}${data.count > data.sample.length ? ', …' : ''}\nClick to open them.`}
      className="h-full w-full cursor-pointer rounded-lg border-2 border-slate-300 bg-white px-2.5 py-1 shadow-sm hover:border-sky-400"
    >
      <div className="text-[22px] font-bold leading-tight text-slate-900">
        {data.count} <span className="text-[16px] font-semibold">{data.count === 1 ? 'container' : 'containers'}</span>
      </div>
      <div className="truncate text-[14px] leading-tight text-slate-600">
        {data.running} running{stopped ? ` · ${stopped} stopped` : ''}{data.published ? ` · ${data.published} ports` : ''}
      </div>
      <Handle type="source" position={Position.Right} className="!opacity-0" isConnectable={false} />
    </div>
  );
}

export default memo(ClusterNode);
