import { describe, expect, it } from 'vitest';
import type { EngineChange } from '../../topology/engine-change';
import type { Topology } from '../../topology/types';
import { ActivityLog } from '../activity-log';
import { ActivityRecorder } from './activity-recorder';

const net = 'n'.repeat(64);
const ctr = 'c'.repeat(64);
const read = { containers: [{ id: ctr, name: 'api' }], networks: [{ id: net, name: 'backend' }] } as unknown as Topology;
const change = (c: Partial<EngineChange> & Pick<EngineChange, 'kind' | 'action'>): EngineChange =>
  ({ time: 1_000, containerId: null, ...c }) as EngineChange;

describe('ActivityRecorder', () => {
  it('names both sides of a network event from a full read (the event gives the container by id only)', () => {
    const log = new ActivityLog(10);
    const r = new ActivityRecorder(log);
    r.learn(read);
    const [entry] = r.record([change({ kind: 'network', action: 'connect', networkId: net, networkName: 'backend', containerId: ctr })]);
    expect(entry).toMatchObject({ text: 'api connected to backend', containerName: 'api', networkName: 'backend', networkId: net, seq: 1 });
    expect(log.list()).toEqual([entry]);
  });

  it('still says what was removed, by the name it last saw', () => {
    const r = new ActivityRecorder(new ActivityLog(10));
    r.record([change({ kind: 'container', action: 'create', containerId: ctr, containerName: 'web' })]);
    const [removed] = r.record([change({ kind: 'container', action: 'destroy', containerId: ctr, containerName: null })]);
    expect(removed.text).toBe('container web removed');
  });

  it('logs only the changes worth a line, in order, and stamps a missing time with now', () => {
    const r = new ActivityRecorder(new ActivityLog(10));
    const entries = r.record([
      change({ kind: 'network', action: 'create', networkId: net, networkName: 'front', time: 0 }),
      change({ kind: 'network', action: 'prune', networkId: net, networkName: 'front' }),
      change({ kind: 'network', action: 'destroy', networkId: net, networkName: null }),
    ]);
    expect(entries.map((e) => e.text)).toEqual(['network front created', 'network front removed']);
    expect(entries[0].time).toBeGreaterThan(0);
  });
});
