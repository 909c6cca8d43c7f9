import { describe, expect, it } from 'vitest';
import { shopTopology } from '../../graph/__fixtures__/synthetic-topology';
import { snapshotFileName, toSnapshot, withoutCredentials } from './to-snapshot';

describe('withoutCredentials', () => {
  it.each([
    ['unix:///var/run/docker.sock', 'unix:///var/run/docker.sock'],
    ['ssh://deploy@build-1', 'ssh://deploy@build-1'],
    ['ssh://deploy:hunter2@build-1:2222', 'ssh://deploy@build-1:2222'],
    ['tcp://admin:s3cret@10.0.0.5:2376', 'tcp://admin@10.0.0.5:2376'],
    ['tcp://10.0.0.5:2376?token=abc', 'tcp://10.0.0.5:2376'],
  ])('%s → %s', (raw, clean) => expect(withoutCredentials(raw)).toBe(clean));
});

describe('toSnapshot', () => {
  it('wraps the topology as netatlas.snapshot/1, engine addresses cleaned everywhere they appear', () => {
    const t = shopTopology();
    const dirty = 'tcp://admin:s3cret@10.0.0.5:2376';
    const withSecret = {
      ...t,
      engine: { ...t.engine, host: dirty },
      engines: t.engines.map((e) => ({ ...e, host: dirty, info: e.info && { ...e.info, host: dirty } })),
    };
    const snap = toSnapshot(withSecret, new Date('2026-12-06T20:00:00.000Z'), '0.1.0');
    expect(snap).toMatchObject({ format: 'netatlas.snapshot/1', takenAt: '2026-12-06T20:00:00.000Z', netatlasVersion: '0.1.0' });
    expect(JSON.stringify(snap)).not.toContain('s3cret');
    expect(snap.topology.containers).toBe(t.containers);
    expect(snap.topology.engines[0].host).toBe('tcp://admin@10.0.0.5:2376');
  });

  it('offers a file name safe on every OS', () => {
    const t = shopTopology();
    const name = snapshotFileName({ takenAt: '2026-12-06T20:00:00.000Z', topology: { ...t, engine: { ...t.engine, name: 'my host/../x' } } });
    expect(name).toBe('netatlas-snapshot-my-host-..-x-2026-12-06T20-00-00-000Z.json');
  });
});
