'use client';
import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { diffCountsText } from '@/lib/graph/diff-words';
import type { ClusterFlowNode } from '@/lib/graph/types';
import ClusterDiffLine from './ClusterDiffLine';

/**
 * A collapsed group of containers (every group in the overview) as one node, with its counts in type
 * large enough to read with the whole map fitted (zoomed out further, the count alone, at the network
 * names' size); a compose project's cluster leads with its name.
 * Compared with a snapshot, a cluster whose members changed is ringed and says how ("2 new · 1
 * removed") where its counts were (they stay in the tooltip). A click opens it: the overview switches
 * to the container view, a collapsed group expands.
 */
function ClusterNode({ data }: NodeProps<ClusterFlowNode>) {
  const stopped = data.count - data.running;
  const counts = `${data.running} running${stopped ? ` · ${stopped} stopped` : ''}${data.published ? ` · ${data.published} ports` : ''}`;
  const what = `${data.count} ${data.count === 1 ? 'container' : 'containers'}`;
  const changes = data.diffCounts ? diffCountsText(data.diffCounts) : '';
  return (
    <div
      data-testid="cluster-node"
      data-label={data.label}
      data-count={data.count}
      data-project={data.project}
      data-diff={data.diff}
      title={`${data.label}\n${what}: ${data.sample.join(', ')}${data.count > data.sample.length ? ', …' : ''}${changes ? `\n${counts}\nsince the snapshot: ${changes}` : ''}\nClick to ${data.inline ? 'expand' : 'open'} them.`}
      className={`relative h-full w-full cursor-pointer rounded-lg border-2 bg-white px-2.5 py-1 shadow-sm hover:border-sky-400 ${
        changes ? 'border-amber-500 ring-2 ring-amber-400' : data.inline ? 'border-slate-400' : 'border-slate-300'}`}
    >
      {data.project ? (
        <>
          <div className="za-name truncate text-[18px] font-bold leading-tight text-slate-900">{data.inline ? '▸ ' : ''}{data.project}</div>
          {changes ? <ClusterDiffLine text={changes} /> : <div className="za-detail truncate text-[13px] leading-tight text-slate-600">{what} · {counts}</div>}
        </>
      ) : (
        <>
          <div className={`za-name font-bold leading-tight text-slate-900 ${data.inline ? 'text-[18px]' : 'text-[22px]'}`}>
            {data.inline ? '▸ ' : ''}{data.count} <span className={`za-name font-semibold ${data.inline ? 'text-[14px]' : 'text-[16px]'}`}>{data.count === 1 ? 'container' : 'containers'}</span>
          </div>
          {changes ? <ClusterDiffLine text={changes} /> : <div className="za-detail truncate text-[14px] leading-tight text-slate-600">{counts}</div>}
        </>
      )}
      {/* Zoomed out past its words (the whole of a big map fitted), the count alone, as large as the network names. */}
      <div aria-hidden className="za-far pointer-events-none absolute inset-0 items-center justify-center text-[30px] font-bold leading-none text-slate-900">
        {data.count}
      </div>
      <Handle type="source" position={Position.Right} className="!opacity-0" isConnectable={false} />
    </div>
  );
}

export default memo(ClusterNode);
