'use client';
import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { ContainerFlowNode } from '@/lib/graph/types';
import { DIFF_SENTENCE } from '@/lib/graph/diff-words';
import DiffBadge, { DIFF_BORDER, DIFF_RING } from './DiffBadge';

/** The open lab's containers and networks: an outline, apart from the ring of a selection or a comparison. */
export const LAB_OUTLINE = 'outline-2 outline-offset-2 outline-violet-500';

const STATE_DOT: Record<string, string> = {
  running: 'bg-emerald-500',
  paused: 'bg-amber-400',
  restarting: 'bg-amber-400',
};

function modeTag(mode: string, sharesWith: string | null): string | null {
  if (mode === 'host') return 'host mode';
  if (mode === 'none') return 'no network';
  if (mode.startsWith('container:')) return `in ${sharesWith ?? 'another container'}’s network stack`;
  return null;
}

/** Border and opacity: a comparison's mark first (a ghost when removed), else dimmed when not running. */
function frame(data: ContainerFlowNode['data']): string {
  if (data.diff) return `${DIFF_BORDER[data.diff]}${data.dimmed && data.diff !== 'removed' ? ' border-dashed opacity-55' : ''}`;
  return data.dimmed ? 'border-dashed border-slate-400 opacity-55' : 'border-slate-300';
}

/**
 * A container: name, state, image and what it publishes; dimmed when not running; marked when compared
 * with a snapshot; outlined in violet when the open lab works with it.
 */
function ContainerNode({ data, selected }: NodeProps<ContainerFlowNode>) {
  const c = data.container;
  const diff = data.diff;
  const lab = data.lab === true;
  const tag = modeTag(c.networkMode, data.sharesWith);
  const ports = c.ports.map((p) => `${p.hostPort}→${p.containerPort}${p.protocol === 'tcp' ? '' : '/' + p.protocol}`);
  const sub = [c.state === 'running' ? null : c.state, tag, ports.length ? `:${[...new Set(ports)].join(' :')}` : null, c.image]
    .filter(Boolean)
    .join(' · ');
  return (
    <div
      data-testid="container-node"
      data-name={c.name}
      data-state={c.state}
      data-diff={diff}
      data-lab={lab ? 'true' : undefined}
      title={`${c.name}\n${c.image}\n${c.status}\nnetworks: ${data.networkNames.join(', ') || 'none'}${diff ? `\n${DIFF_SENTENCE[diff]}` : ''}${lab ? '\npart of the open lab' : ''}`}
      className={`relative h-full w-full rounded-md border bg-white px-2.5 py-1.5 shadow-sm transition-opacity ${frame(data)} ${
        selected ? 'ring-2 ring-sky-500' : diff ? DIFF_RING[diff] : ''} ${lab ? LAB_OUTLINE : ''}`}
    >
      <div className="flex items-center gap-1.5">
        <span className={`h-2 w-2 shrink-0 rounded-full ${STATE_DOT[c.state] ?? 'bg-slate-400'}`} />
        <span className={`za-name truncate text-[14px] font-semibold text-slate-900 ${diff === 'removed' ? 'line-through' : ''}`}>{c.name}</span>
      </div>
      {/* On the top edge, like a tab: the name keeps its whole row. */}
      {diff && <DiffBadge mark={diff} size="detail" className="absolute -top-2.5 right-2" />}
      <div className="za-detail truncate text-[12px] text-slate-600">
        {data.task && (
          <span data-testid="task-badge" className="mr-1 rounded bg-violet-100 px-1 text-[12px] font-medium text-violet-900"
            title={`swarm task ${data.task.service.name}.${data.task.task.slot ?? ''} (${data.task.task.state}); resolves as tasks.${data.task.service.name}`}>
            {data.task.service.name}{data.task.task.slot ? `.${data.task.task.slot}` : ''}
          </span>
        )}
        {sub}
      </div>
      <Handle type="source" position={Position.Right} className="!opacity-0" isConnectable={false} />
      <Handle type="target" position={Position.Top} className="!opacity-0" isConnectable={false} />
    </div>
  );
}

export default memo(ContainerNode);
