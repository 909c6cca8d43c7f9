'use client';
import { memo, useMemo } from 'react';
import { Handle, Position, useStore, type NodeProps } from '@xyflow/react';
import { legibleLines, summaryType } from '@/lib/graph/group-summary';
import type { GroupFlowNode } from '@/lib/graph/types';
import { useGroupToggle } from './group-toggle';
import { LAB_OUTLINE } from './ContainerNode';

/**
 * A faint box around containers that share the same set of networks (or one compose project); it
 * collapses into a cluster. Zoomed out past names (the canvas's `data-summary`), its containers are
 * left out and the box shows their count as large as it holds (a project's name under it), drawn only
 * while legible at the zoom.
 */
function GroupNode({ id, data, width, height }: NodeProps<GroupFlowNode>) {
  const toggle = useGroupToggle();
  const type = useMemo(() => summaryType(width ?? 0, height ?? 0, data.count, data.project), [width, height, data.count, data.project]);
  // Re-renders only when a line becomes legible or stops being so, not on every frame of a zoom.
  const lines = useStore((s) => legibleLines(type, s.transform[2]));
  const stopped = data.count - data.running;
  const what = `${data.count} ${data.count === 1 ? 'container' : 'containers'}`;
  return (
    <div data-testid="group-node" data-project={data.project} className="h-full w-full rounded-xl border border-dashed border-slate-300 bg-slate-50/60">
      <div className="za-label flex items-center gap-1 px-2 pt-1">
        {toggle && (
          <button type="button" aria-label={`Collapse ${data.label}`} title="Collapse into one box with its counts"
            onClick={(e) => { e.stopPropagation(); toggle(id); }}
            className="za-toggle nodrag rounded px-1 text-[12px] leading-none text-slate-500 hover:bg-slate-200 hover:text-slate-800">
            ▾
          </button>
        )}
        <div className="za-group truncate text-[12px] font-medium uppercase tracking-wide text-slate-500">{data.label}</div>
      </div>
      <div
        data-testid="group-summary" data-count={data.count} data-lines={lines}
        title={`${data.label}\n${what}: ${data.running} running${stopped ? `, ${stopped} stopped` : ''}${data.published ? `, ${data.published} published ports` : ''}${
          data.changed ? '\nchanged since the snapshot' : ''}${data.lab ? '\npart of the open lab' : ''}\nZoom in to see them.`}
        className={`za-summary absolute inset-0 flex-col items-center justify-center overflow-hidden rounded-xl border-2 bg-slate-100 font-bold leading-none ${
          data.changed ? 'border-amber-500' : 'border-slate-400'} ${data.lab ? LAB_OUTLINE : ''} ${lines === 0 ? 'text-transparent' : 'text-slate-800'}`}
      >
        <span style={{ fontSize: type.countPx }}>{data.count}</span>
        {data.project && type.namePx !== null && (
          <span className={`mt-[0.2em] max-w-full truncate px-3 ${lines === 2 ? '' : 'text-transparent'}`} style={{ fontSize: type.namePx }}>{data.project}</span>
        )}
      </div>
      <Handle type="source" position={Position.Right} className="!opacity-0" isConnectable={false} />
    </div>
  );
}

export default memo(GroupNode);
