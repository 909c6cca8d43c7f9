/**
 * npm run sample:capture: the sample map ("Explore the sample map", public/sample-snapshot.json),
 * captured from a real engine. Brings up the tutorial's demo (`npm run demo:up`), reads it exactly as
 * GET /api/snapshot does (the same feed, the same doctor with each container's config), keeps only
 * the demo's containers and networks (and the builtin bridge, host and none), writes the file, and
 * takes the demo down again. Run with node --conditions=react-server (the script does, through npm):
 * the server modules it shares with the routes say `import 'server-only'`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { engine } from '../test/support/test-engine';
import { toSnapshot } from '../lib/api/schemas/to-snapshot';
import { parseSnapshot } from '../lib/api/schemas/snapshot-schema';
import type { Diagnostic } from '../lib/analysis/diagnostic-types';
import type { Topology } from '../lib/topology/types';
import { resetDefaultAtlas } from '../lib/engine/atlas/default-atlas';
import { defaultTopologyFeed } from '../lib/usecases/default-topology-feed';
import { doctorFindings } from '../lib/usecases/doctor-findings';
import { servedAtlas } from '../lib/usecases/snapshot/served-atlas';
import pkg from '../package.json';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'public', 'sample-snapshot.json');
const DEMO = { label: 'netatlas.demo=1' };
const BUILTIN = new Set(['bridge', 'host', 'none']);

const demo = (command: 'up' | 'down') => execFileSync('npx', ['tsx', 'scripts/demo.ts', command], { cwd: ROOT, stdio: 'inherit' });

/** The demo's part of the map: its containers and networks, the builtin ones, and the findings only about them. */
function onlyDemo(topology: Topology, diagnostics: Diagnostic[], containerIds: Set<string>, networkIds: Set<string>) {
  const networks = topology.networks.filter((n) => networkIds.has(n.id) || BUILTIN.has(n.name));
  const kept = new Set([...networks.map((n) => n.id), ...containerIds]);
  return {
    topology: {
      ...topology,
      networks,
      containers: topology.containers.filter((c) => containerIds.has(c.id)),
      endpoints: topology.endpoints.filter((e) => containerIds.has(e.containerId) && kept.has(e.networkId)),
    },
    diagnostics: diagnostics.filter((d) => d.subjects.every((s) => kept.has(s.id))),
  };
}

async function main(): Promise<void> {
  if (process.env.NETATLAS_SNAPSHOT) throw new Error('Unset NETATLAS_SNAPSHOT: the sample is captured from a live engine.');
  demo('up');
  try {
    const docker = engine();
    const [containers, networks] = await Promise.all([
      docker.listContainers({ all: true, filters: { label: [DEMO.label] } }),
      docker.listNetworks({ filters: { label: [DEMO.label] } }),
    ]);
    const { topology } = await defaultTopologyFeed().read();
    const found = await doctorFindings(servedAtlas(), topology);
    const part = onlyDemo(topology, found, new Set(containers.map((c) => c.Id)), new Set(networks.map((n) => n.Id)));
    const snapshot = toSnapshot(part.topology, new Date(), pkg.version, part.diagnostics);
    const text = `${JSON.stringify(snapshot, null, 2)}\n`;
    const check = parseSnapshot(text);
    if (!check.ok) throw new Error(`The capture is not a valid snapshot: ${check.message}`);
    fs.mkdirSync(path.dirname(OUT), { recursive: true });
    fs.writeFileSync(OUT, text);
    console.log(`sample:capture: ${path.relative(ROOT, OUT)}: ${part.topology.containers.length} containers, ${part.topology.networks.length} networks, ${part.diagnostics.length} findings (${Math.round(text.length / 1024)} kB)`);
  } finally {
    resetDefaultAtlas();
    demo('down');
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`sample:capture: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
