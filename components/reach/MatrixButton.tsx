'use client';
import { useState } from 'react';
import type { Topology } from '@/lib/topology/types';
import ReachMatrixDialog from './ReachMatrixDialog';

/** Opens the who-reaches-whom matrix for a set of containers (two or more). */
export default function MatrixButton({ label, title, topology, ids }: { label: string; title: string; topology: Topology; ids: string[] }) {
  const [open, setOpen] = useState(false);
  if (ids.length < 2) return null;
  return (
    <>
      <button type="button" data-testid="matrix-button" onClick={() => setOpen(true)} className="rounded border border-slate-300 px-2 py-0.5 text-xs font-medium text-slate-700 hover:bg-slate-50">
        {label}
      </button>
      {open && <ReachMatrixDialog title={title} topology={topology} ids={ids} onClose={() => setOpen(false)} />}
    </>
  );
}
