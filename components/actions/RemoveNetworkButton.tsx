'use client';
import type { Network } from '@/lib/topology/types';
import { useActions } from './ActionsContext';

/** "Remove network…" in the network panel; built-in networks say why they cannot go. */
export default function RemoveNetworkButton({ network }: { network: Network }) {
  const { readOnly, open } = useActions();
  if (readOnly) return null;
  if (network.builtin) return <p className="text-xs text-slate-500">Built-in networks cannot be removed.</p>;
  return (
    <button type="button" data-testid="remove-network-button" onClick={() => open({ kind: 'remove-network', networkId: network.id })}
      className="rounded border border-red-300 px-2 py-0.5 text-xs font-medium text-red-700 hover:bg-red-50">
      Remove network…
    </button>
  );
}
