'use client';
import { useState } from 'react';
import { actionCli } from '@/lib/api/action-cli';
import type { ApiError } from '@/lib/api/fetch-json';
import { networkActions } from '@/lib/api/network-actions';
import type { Topology } from '@/lib/topology/types';
import { useActions } from './ActionsContext';
import Dialog, { CliPreview, DialogButton, DialogError } from './Dialog';

/** Remove a network, confirmed; while containers are attached it says which, and the engine would refuse. */
export default function RemoveNetworkDialog({ topology, networkId }: { topology: Topology; networkId: string }) {
  const { close, run } = useActions();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const network = topology.networks.find((n) => n.id === networkId);
  if (!network) {
    return <Dialog title="Remove network" onClose={close} testId="remove-network-dialog" footer={<DialogButton onClick={close}>Close</DialogButton>}><p>That network is already gone.</p></Dialog>;
  }
  const names = new Map(topology.containers.map((c) => [c.id, c.name]));
  const attached = topology.endpoints.filter((e) => e.networkId === networkId).map((e) => names.get(e.containerId) ?? e.containerId).sort();
  const submit = async () => {
    setBusy(true);
    setError(null);
    const err = await run(`Removing network ${network.name}…`, async () => {
      await networkActions.remove(network.id);
      return { text: `Removed network ${network.name}.` };
    });
    setBusy(false);
    if (err) setError(err);
    else close();
  };
  return (
    <Dialog
      title={`Remove network ${network.name}?`}
      onClose={close}
      testId="remove-network-dialog"
      footer={<>
        <DialogButton onClick={close}>Cancel</DialogButton>
        <DialogButton tone="danger" disabled={busy} onClick={submit} data-testid="remove-network-confirm">{busy ? 'Removing…' : 'Remove'}</DialogButton>
      </>}
    >
      {attached.length > 0 ? (
        <div data-testid="remove-network-endpoints" className="rounded border border-amber-300 bg-amber-50 px-2 py-1.5 text-amber-900">
          It still has {attached.length} endpoint{attached.length === 1 ? '' : 's'}: {attached.join(', ')}. The engine refuses to remove it until they are disconnected.
        </div>
      ) : (
        <p>No container is attached. Removing it cannot be undone, but it can be created again.</p>
      )}
      <CliPreview command={actionCli.remove(network.name, topology.engine)} />
      {error && <DialogError message={error.message} hint={error.hint} />}
    </Dialog>
  );
}
