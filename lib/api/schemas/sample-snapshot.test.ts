import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSnapshot } from './snapshot-schema';
import { reachability } from '../../analysis/reachability';

// The sample map shipped in public/ (npm run sample:capture): a whole snapshot, showing the tutorial's lessons.
const text = fs.readFileSync(path.join(__dirname, '../../../public/sample-snapshot.json'), 'utf8');
const parsed = parseSnapshot(text);

describe('the sample map (public/sample-snapshot.json)', () => {
  it('is a snapshot netatlas opens', () => {
    expect(parsed.ok ? 'ok' : parsed.message).toBe('ok');
  });
  const snapshot = parsed.ok ? parsed.snapshot : null;
  const t = snapshot!.topology;
  const byName = (n: string) => t.containers.find((c) => c.name === n)!;
  const nets = (n: string) => t.endpoints.filter((e) => e.containerId === byName(n).id).map((e) => t.networks.find((x) => x.id === e.networkId)!.name).sort();

  it('holds the tutorial setup: a pipeline on one network, a frontend/backend split, the default bridge, host and none', () => {
    for (const n of ['de-pipeline-warehouse-1', 'de-pipeline-redis-1', 'de-pipeline-etl-1']) expect(nets(n)).toEqual(['de-pipeline_default']);
    expect(nets('shop-web-1')).toEqual(['shop_frontend']);
    expect(nets('shop-api-1')).toEqual(['shop_backend', 'shop_frontend']);
    expect(nets('shop-db-1')).toEqual(['shop_backend']);
    expect(nets('legacy-a')).toEqual(['bridge']);
    expect(nets('legacy-b')).toEqual(['bridge']);
    expect(byName('node-exporter').networkMode).toBe('host');
    expect(byName('batch-job').networkMode).toBe('none');
  });

  it('carries the doctor\'s findings on the classic mistakes, and no environment value', () => {
    expect(new Set(snapshot!.diagnostics?.map((d) => d.rule))).toEqual(new Set(['name_on_default_bridge', 'localhost_to_other', 'datastore_on_all_interfaces', 'no_user_network']));
    expect(text).not.toContain('demo-password');
    expect(text).not.toMatch(/postgres:\/\//);
  });

  it('answers reachability the way the tutorial teaches it: by name on a user network, not to the database from the frontend', () => {
    expect(reachability(t, byName('de-pipeline-etl-1').id, byName('de-pipeline-warehouse-1').id).reachable).toBe(true);
    expect(reachability(t, byName('shop-web-1').id, byName('shop-db-1').id).reachable).toBe(false);
  });
});
