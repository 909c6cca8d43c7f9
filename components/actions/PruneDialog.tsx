'use client';
import { pruneCandidates } from '@/lib/analysis/prune-candidates';
import { actionCli } from '@/lib/client/action-cli';
import { networkActions } from '@/lib/client/network-actions';
import type { Topology } from '@/lib/topology/types';
import Dialog, { CliPreview, DialogError, DialogFooter } from './Dialog';
import { useEngineChoice } from './EngineSelect';
import { useDialogRun } from './use-dialog-run';

/**
 * Prune unused networks, the list first. Unlike `docker network prune`, a network that only a stopped
 * container uses is kept (it would fail to start); built-in networks never go.
 */
export default function PruneDialog({ topology, engineId: preferred }: { topology: Topology; engineId?: string | null }) {
  const { engineId, engine, select } = useEngineChoice(topology, preferred);
  const { busy, error, submit: runChange, close } = useDialogRun();
  const doomed = pruneCandidates(topology, engineId);
  const submit = () => runChange('Pruning unused networks…', async () => {
    const { removed } = await networkActions.prune(engineId);
    return { text: removed.length ? `Removed ${removed.length} unused network${removed.length === 1 ? '' : 's'}: ${removed.join(', ')}.` : 'Nothing was pruned: every network is in use.' };
  });
  return (
    <Dialog
      title="Prune unused networks"
      onClose={close}
      testId="prune-dialog"
      footer={<DialogFooter onCancel={close} onConfirm={submit} label={`Remove ${doomed.length}`} busyLabel="Pruning…" busy={busy} disabled={doomed.length === 0} tone="danger" testId="prune-confirm" />}
    >
      {select}
      {doomed.length === 0 ? (
        <p data-testid="prune-nothing">Nothing to prune: every user-defined network has a container (running or stopped).</p>
      ) : (
        <>
          <p>These networks have no container, running or stopped, and will be removed:</p>
          <ul data-testid="prune-list" className="list-disc pl-5 font-mono text-[13px]">
            {doomed.map((n) => <li key={n.id}>{n.name}{n.subnets[0] ? <span className="text-slate-500"> ({n.subnets[0].subnet})</span> : null}</li>)}
          </ul>
          <p className="text-xs text-slate-500">Networks a stopped container still names are kept, and built-in networks never go.</p>
        </>
      )}
      <CliPreview command={actionCli.prune(engine)} />
      {error && <DialogError message={error.message} hint={error.hint} />}
    </Dialog>
  );
}
