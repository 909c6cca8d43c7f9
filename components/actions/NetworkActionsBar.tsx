'use client';
import { useActions } from './ActionsContext';

const button = 'rounded-md border border-slate-300 px-2 py-1 text-xs text-slate-700 hover:bg-slate-50';

/** The header's network actions: create one, prune unused ones (on the engine picked on the map, if one is). Nothing in read-only mode. */
export default function NetworkActionsBar({ engineId }: { engineId?: string | null }) {
  const { readOnly, open } = useActions();
  if (readOnly) return null;
  return (
    <div className="flex items-center gap-1.5">
      <button type="button" data-testid="create-network-button" className={button} onClick={() => open({ kind: 'create-network', engineId })}>New network…</button>
      <button type="button" data-testid="prune-button" className={button} onClick={() => open({ kind: 'prune', engineId })}>Prune unused networks…</button>
    </div>
  );
}
