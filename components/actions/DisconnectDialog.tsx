'use client';
import { disconnectImpact, type DisconnectImpact } from '@/lib/analysis/disconnect-impact';
import { actionCli } from '@/lib/client/action-cli';
import { disconnect } from '@/lib/client/endpoint-changes';
import type { Topology } from '@/lib/topology/types';
import { engineOf } from '@/lib/topology/engine-of';
import Dialog, { CliPreview, DialogError, DialogFooter, GoneDialog } from './Dialog';
import { useDialogRun } from './use-dialog-run';

const list = (names: string[]) => names.join(', ');

/** The preview's sentences: what stops working, in the words a user would check. */
function consequences(i: DisconnectImpact): string[] {
  const c = i.container.name;
  const n = i.network.name;
  const out: string[] = [];
  if (i.lostNames.length > 0) out.push(`On ${n}, these names stop resolving: ${list(i.lostNames)}.`);
  else if (!i.network.dns) out.push(`${n} has no name resolution: peers there reached ${c} by IP only.`);
  if (i.lostIpv4) out.push(`Its address ${i.lostIpv4} on ${n} goes away.`);
  const cut = i.peers.filter((p) => p.stillSharing.length === 0);
  if (cut.length > 0) out.push(`No longer sharing any network with ${c}: ${list(cut.map((p) => p.name))}.`);
  for (const p of i.peers.filter((x) => x.stillSharing.length > 0)) out.push(`${p.name} still reaches it over ${list(p.stillSharing)}.`);
  if (i.sharingStack.length > 0) out.push(`${list(i.sharingStack)} share${i.sharingStack.length === 1 ? 's' : ''} its network stack and leave${i.sharingStack.length === 1 ? 's' : ''} ${n} too.`);
  if (i.lastNetwork) out.push(`It is ${c}’s last network: it keeps only loopback (localhost) and reaches nothing else.`);
  if (out.length === 0) out.push(`Nothing else is on ${n}: nobody loses a route to ${c}.`);
  return out;
}

/** Disconnect, previewed: what breaks (names, peers cut off), then confirm. Undo reconnects. */
export default function DisconnectDialog({ topology, containerId, networkId }: { topology: Topology; containerId: string; networkId: string }) {
  const { busy, error, submit: runChange, close } = useDialogRun();
  const impact = disconnectImpact(topology, containerId, networkId);
  if (!impact) {
    return <GoneDialog title="Disconnect" testId="disconnect-dialog" message="That container is no longer on that network." onClose={close} />;
  }
  const { container, network } = impact;
  const endpoint = topology.endpoints.find((e) => e.containerId === containerId && e.networkId === networkId) ?? null;
  const ref = { engineId: container.engineId, containerId, containerName: container.name, networkId, networkName: network.name };
  const submit = () => runChange(`Disconnecting ${container.name} from ${network.name}…`, () => disconnect(ref, endpoint));
  return (
    <Dialog
      title={`Disconnect ${container.name} from ${network.name}?`}
      onClose={close}
      testId="disconnect-dialog"
      footer={<DialogFooter onCancel={close} onConfirm={submit} label="Disconnect" busy={busy} tone="danger" testId="disconnect-confirm" />}
    >
      <div>
        <div className="text-xs font-medium text-slate-500">What stops working</div>
        <ul data-testid="disconnect-impact" className="mt-1 list-disc space-y-1 pl-5">
          {consequences(impact).map((line) => <li key={line}>{line}</li>)}
        </ul>
      </div>
      <CliPreview command={actionCli.disconnect(network.name, container.name, engineOf(topology, container.engineId))} />
      {error && <DialogError message={error.message} hint={error.hint} />}
    </Dialog>
  );
}
