'use client';
import { useMemo, useState } from 'react';
import { reachabilityMatrix } from '@/lib/analysis/reachability';
import type { Reachability } from '@/lib/analysis/reachability-types';
import type { Topology } from '@/lib/topology/types';
import Dialog, { DialogButton } from '../actions/Dialog';
import ReachVerdict from './ReachVerdict';

/** What a cell shows: ✓ with how (name / IP only / localhost), or ✗. */
function cellText(r: Reachability): string {
  if (!r.reachable) return '✗';
  if (r.reasons[0]?.code === 'same_container' || r.reasons[0]?.code === 'shared_stack') return 'local';
  return r.names.length > 0 ? 'name' : 'IP';
}

const TONE = (r: Reachability) => (!r.reachable ? 'bg-red-50 text-red-800' : r.names.length > 0 ? 'bg-emerald-50 text-emerald-900' : 'bg-amber-50 text-amber-900');

/**
 * Who reaches whom among a set of containers (a network's members, a compose project): one cell per
 * ordered pair, its verdict below on click.
 */
export default function ReachMatrixDialog({ title, topology, ids, onClose }: { title: string; topology: Topology; ids: string[]; onClose: () => void }) {
  const matrix = useMemo(() => reachabilityMatrix(topology, ids), [topology, ids]);
  const [picked, setPicked] = useState<Reachability | null>(null);
  return (
    <Dialog title={title} onClose={onClose} testId="reach-matrix" wide footer={<DialogButton onClick={onClose}>Close</DialogButton>}>
      <p className="text-xs text-slate-500">Row reaches column: <b>name</b> by DNS name, <b>IP</b> by address only, <b>local</b> same network stack, ✗ not at all. Click a cell for why.</p>
      <div className="overflow-x-auto">
        <table className="border-collapse text-xs">
          <thead>
            <tr>
              <th className="p-1" />
              {matrix.containers.map((c) => <th key={c.id} scope="col" className="max-w-[90px] truncate p-1 text-left font-medium text-slate-600" title={c.name}>{c.name}</th>)}
            </tr>
          </thead>
          <tbody>
            {matrix.containers.map((row, i) => (
              <tr key={row.id}>
                <th scope="row" className="max-w-[140px] truncate p-1 text-left font-medium text-slate-700" title={row.name}>{row.name}</th>
                {matrix.cells[i].map((cell, j) => (
                  <td key={matrix.containers[j].id} className="p-0.5">
                    {i === j ? <span className="block px-2 text-center text-slate-300">—</span> : (
                      <button type="button" data-testid="reach-cell" data-from={row.name} data-to={matrix.containers[j].name} data-reachable={String(cell.reachable)}
                        title={cell.reasons[0]?.message} onClick={() => setPicked(cell)}
                        className={`w-full rounded px-2 py-0.5 text-center ${TONE(cell)} ${picked === cell ? 'ring-2 ring-sky-500' : ''}`}>
                        {cellText(cell)}
                      </button>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {picked && <ReachVerdict verdict={picked} />}
    </Dialog>
  );
}
