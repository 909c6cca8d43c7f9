import { preload } from 'react-dom';
import Dashboard from '@/components/dashboard/Dashboard';
import { readOnlyMode } from '@/lib/api/guard-mutation';
import { servedSnapshotPath } from '@/lib/usecases/snapshot/served-snapshot';

// Read per request: NETATLAS_READ_ONLY decides whether the page offers any action at all, NETATLAS_TOKEN
// whether it offers "Log out", NETATLAS_SNAPSHOT whether it shows a snapshot file instead of engines;
// and the page's scripts carry the request's CSP nonce.
export const dynamic = 'force-dynamic';

export default function Page() {
  const servedSnapshot = servedSnapshotPath() !== null;
  // The map's first read starts with the HTML, while the bundle is still loading and starting: the
  // page's own first fetch (lib/client/fetch-topology.ts) is answered from it.
  if (!servedSnapshot) preload('/api/topology', { as: 'fetch', crossOrigin: 'anonymous' });
  return <Dashboard readOnly={readOnlyMode()} loginRequired={Boolean(process.env.NETATLAS_TOKEN)} servedSnapshot={servedSnapshot} />;
}
