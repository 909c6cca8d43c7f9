import { preload } from 'react-dom';
import { cookies } from 'next/headers';
import Dashboard from '@/components/dashboard/Dashboard';
import PreviewLayer from '@/components/map/PreviewLayer';
import { firstFacts, firstPicture } from '@/lib/api/first-picture';
import type { FirstSight } from '@/components/dashboard/first-sight';
import { CANVAS_COOKIE, DEFAULT_CANVAS, parseCanvasSize } from '@/lib/graph/canvas-size';
import { EMPTY_PICTURE } from '@/lib/graph/first-picture';
import { parseMapFilter } from '@/lib/graph/map-filter';
import { firstMap } from '@/lib/usecases/first-map';
import { readOnlyMode } from '@/lib/api/guard-mutation';
import { servedSnapshotPath } from '@/lib/usecases/snapshot/served-snapshot';

// Read per request: NETATLAS_READ_ONLY decides whether the page offers any action at all, NETATLAS_TOKEN
// whether it offers "Log out", NETATLAS_SNAPSHOT whether it shows a snapshot file instead of engines;
// and the page's scripts carry the request's CSP nonce.
export const dynamic = 'force-dynamic';

/**
 * What the server already knows of the live map, on screen with the page's first paint: the header's
 * engine facts, and the map's first picture (lib/graph/first-picture.ts) for the canvas size the browser
 * last reported — the overview where the page opens on it; none where it opens on its containers.
 * Nothing when the engines do not answer within FIRST_MAP_WAIT_MS (the page then reads the map itself).
 */
async function firstSight(): Promise<FirstSight> {
  const canvas = parseCanvasSize((await cookies()).get(CANVAS_COOKIE)?.value) ?? DEFAULT_CANVAS;
  const map = await firstMap();
  const svg = firstPicture(map, canvas);
  return { facts: firstFacts(map), picture: svg === EMPTY_PICTURE ? undefined : <PreviewLayer svg={svg} /> };
}

/** The query string as the page's own code reads it (useMapFilter). */
function queryOf(params: Record<string, string | string[] | undefined>): URLSearchParams {
  return new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (v === undefined ? [] : [v].flat().map((x): [string, string] => [k, x]))));
}

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const servedSnapshot = servedSnapshotPath() !== null;
  // The map's first read starts with the HTML, while the bundle is still loading and starting: the
  // page's own first fetch (lib/client/fetch-topology.ts) is answered from it.
  if (!servedSnapshot) preload('/api/topology', { as: 'fetch', crossOrigin: 'anonymous' });
  // On a big host the page's own drawing waits for its scripts to load and start: the HTML carries the
  // server's picture of the map meanwhile, on screen with the page's first paint. (Not streamed in
  // later: React reveals a late part of the page only when the scripts' work lets it.) A link with a
  // filter or a grouping (`?project=…`) opens another view than the one drawn: no picture there.
  const filtered = Object.keys(parseMapFilter(queryOf(await searchParams))).length > 0;
  const first = servedSnapshot || filtered ? undefined : await firstSight();
  return <Dashboard readOnly={readOnlyMode()} loginRequired={Boolean(process.env.NETATLAS_TOKEN)} servedSnapshot={servedSnapshot} first={first} />;
}
