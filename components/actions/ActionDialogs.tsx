'use client';
import { useEffect } from 'react';
import dynamic from 'next/dynamic';
import { loadPart } from '@/lib/client/load-part';
import type { Topology } from '@/lib/topology/types';
import { useActions } from './ActionsContext';
import DisconnectDialog from './DisconnectDialog';
import { partNotLoaded } from './PartNotLoadedDialog';
import PruneDialog from './PruneDialog';
import RemoveNetworkDialog from './RemoveNetworkDialog';

// The two dialogs with forms check them with the API's own schemas (zod): not in the page's first bundle.
const loadConnect = () => loadPart('connect dialog', () => import('./ConnectDialog'));
const loadCreate = () => loadPart('new-network dialog', () => import('./CreateNetworkDialog'));
const ConnectDialog = dynamic(() => loadConnect().catch(partNotLoaded));
const CreateNetworkDialog = dynamic(() => loadCreate().catch(partNotLoaded));
/** They are fetched this long after the map is up, so the first drag onto a network opens its dialog at once. */
const PREFETCH_AFTER_MS = 1500;

/** The open action dialog, if any, on the current topology. */
export default function ActionDialogs({ topology }: { topology: Topology }) {
  const { dialog, readOnly } = useActions();
  useEffect(() => {
    if (readOnly) return;
    const t = setTimeout(() => {
      // A failure here is tried again when the dialog is opened.
      void loadConnect().catch(() => undefined);
      void loadCreate().catch(() => undefined);
    }, PREFETCH_AFTER_MS);
    return () => clearTimeout(t);
  }, [readOnly]);
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
