'use client';
import type { Topology } from '@/lib/topology/types';
import dynamic from 'next/dynamic';
import { useActions } from './ActionsContext';
import DisconnectDialog from './DisconnectDialog';
import PruneDialog from './PruneDialog';
import RemoveNetworkDialog from './RemoveNetworkDialog';

// The two dialogs with forms check them with the API's own schemas (zod): loaded when first opened, not with the page.
const ConnectDialog = dynamic(() => import('./ConnectDialog'));
const CreateNetworkDialog = dynamic(() => import('./CreateNetworkDialog'));

/** The open action dialog, if any, on the current topology. */
export default function ActionDialogs({ topology }: { topology: Topology }) {
  const { dialog } = useActions();
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'connect':
      return <ConnectDialog topology={topology} containerId={dialog.containerId} networkId={dialog.networkId} />;
    case 'disconnect':
      return <DisconnectDialog topology={topology} containerId={dialog.containerId} networkId={dialog.networkId} />;
    case 'create-network':
      return <CreateNetworkDialog topology={topology} engineId={dialog.engineId} />;
    case 'remove-network':
      return <RemoveNetworkDialog topology={topology} networkId={dialog.networkId} />;
    case 'prune':
      return <PruneDialog topology={topology} engineId={dialog.engineId} />;
  }
}
