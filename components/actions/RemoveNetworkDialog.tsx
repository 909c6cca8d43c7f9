'use client';
import { actionCli } from '@/lib/client/action-cli';
import { networkActions } from '@/lib/client/network-actions';
import { engineOf } from '@/lib/topology/engine-of';
import type { Topology } from '@/lib/topology/types';
import Dialog, { CliPreview, DialogError, DialogFooter, GoneDialog } from './Dialog';
import { useDialogRun } from './use-dialog-run';

/** Remove a network, confirmed; while containers are attached it says which, and the engine would refuse. */
export default function RemoveNetworkDialog({ topology, networkId }: { topology: Topology; networkId: string }) {
  const { busy, error, submit: runChange, close } = useDialogRun();
  const network = topology.networks.find((n) => n.id === networkId);
  if (!network) {
    return <GoneDialog title="Remove network" testId="remove-network-dialog" message="That network is already gone." onClose={close} />;
  }
  const names = new Map(topology.containers.map((c) => [c.id, c.name]));
  const attached = topology.endpoints.filter((e) => e.networkId === networkId).map((e) => names.get(e.containerId) ?? e.containerId).sort();
  const submit = () => runChange(`Removing network ${network.name}…`, async () => {
    await networkActions.remove(network.engineId, network.id);
    return { text: `Removed network ${network.name}.` };
  });
  return (
    <Dialog
      title={`Remove network ${network.name}?`}
      onClose={close}
      testId="remove-network-dialog"
      footer={<DialogFooter onCancel={close} onConfirm={submit} label="Remove" busyLabel="Removing…" busy={busy} tone="danger" testId="remove-network-confirm" />}
    >
      {attached.length > 0 ? (
        <div data-testid="remove-network-endpoints" className="rounded border border-amber-300 bg-amber-50 px-2 py-1.5 text-amber-900">
          It still has {attached.length} endpoint{attached.length === 1 ? '' : 's'}: {attached.join(', ')}. The engine refuses to remove it until they are disconnected.
        </div>
      ) : (
        <p>No container is attached. Removing it cannot be undone, but it can be created again.</p>
      )}
      <CliPreview command={actionCli.remove(network.name, engineOf(topology, network.engineId))} />
      {error && <DialogError message={error.message} hint={error.hint} />}
    </Dialog>
  );
}
