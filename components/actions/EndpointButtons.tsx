'use client';
import { useState } from 'react';
import type { Container, Network, Topology } from '@/lib/topology/types';
import { Section } from '../panels/Section';
import { useActions } from './ActionsContext';
import { compareText } from '@/lib/graph/compare-text';

const small = 'rounded border border-slate-300 px-2 py-0.5 text-xs font-medium text-slate-700 hover:bg-slate-50';

/** Host and none are modes, not networks one joins or leaves. */
const joinable = (n: Network) => n.driver !== 'host' && n.driver !== 'null';

/** "Disconnect…" for one attachment: opens the preview of what stops working. */
export function DisconnectButton({ containerId, network, label }: { containerId: string; network: Network; label?: string }) {
  const { readOnly, open } = useActions();
  if (readOnly || !joinable(network)) return null;
  return (
    <button type="button" className={small} data-testid="disconnect-button" aria-label={label ?? `Disconnect from ${network.name}`} onClick={() => open({ kind: 'disconnect', containerId, networkId: network.id })}>
      Disconnect…
    </button>
  );
}

/** Connect to another network from the panel: the keyboard's way to do what a drag does. */
export function ConnectControl({ container, topology }: { container: Container; topology: Topology }) {
  const { readOnly, open } = useActions();
  const on = new Set(topology.endpoints.filter((e) => e.containerId === container.id).map((e) => e.networkId));
  const candidates = topology.networks.filter((n) => joinable(n) && !on.has(n.id)).sort((a, b) => compareText(a.name, b.name));
  const [networkId, setNetworkId] = useState('');
  if (readOnly || candidates.length === 0) return null;
  const chosen = candidates.some((n) => n.id === networkId) ? networkId : candidates[0].id;
  return (
    <Section title="Connect to another network">
      <div className="flex items-center gap-2">
        <label className="sr-only" htmlFor="connect-network">Network to connect to</label>
        <select id="connect-network" data-testid="connect-network" className="min-w-0 flex-1 rounded border border-slate-300 px-1.5 py-1 text-sm" value={chosen} onChange={(e) => setNetworkId(e.target.value)}>
          {candidates.map((n) => <option key={n.id} value={n.id}>{n.name}</option>)}
        </select>
        <button type="button" className={small} data-testid="connect-button" onClick={() => open({ kind: 'connect', containerId: container.id, networkId: chosen })}>
          Connect…
        </button>
      </div>
    </Section>
  );
}
