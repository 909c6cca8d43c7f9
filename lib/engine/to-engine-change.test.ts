import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineBuffer } from './line-buffer';
import type { RawEvent } from '../wire/raw-event';
import { sameChange, toEngineChange } from './to-engine-change';

// Captured from Engine 20.10 by scripts/capture-event-fixture.sh: network create, run a, create b,
// connect b with alias, start b, disconnect b, rename b -> c, stop c, rm c, rm -f a, network rm.
const raw = fs.readFileSync(path.join(__dirname, '__fixtures__/events-20.10.ndjson'), 'utf8');
const events = raw.split('\n').filter(Boolean).map((l) => JSON.parse(l) as RawEvent);
const changes = events.map(toEngineChange).filter((c) => c !== null);

describe('toEngineChange on the captured stream', () => {
  it('keeps container lifecycle and network membership changes only', () => {
    const actions = changes.map((c) => `${c.kind}:${c.action}`);
    expect(actions).toContain('network:create');
    expect(actions).toContain('network:connect');
    expect(actions).toContain('network:disconnect');
    expect(actions).toContain('network:destroy');
    expect(actions).toContain('container:create');
    expect(actions).toContain('container:start');
    expect(actions).toContain('container:die');
    expect(actions).toContain('container:rename');
    expect(actions).toContain('container:destroy');
    expect(actions.some((a) => a === 'container:stop' || a === 'container:kill')).toBe(false);
  });

  it('names the network and the container of a connect', () => {
    const connect = changes.find((c) => c.kind === 'network' && c.action === 'connect' && c.networkName === 'nt-fixture-net');
    expect(connect).toMatchObject({ kind: 'network', networkName: 'nt-fixture-net' });
    expect(connect && connect.kind === 'network' && connect.containerId).toMatch(/^[0-9a-f]{64}$/);
  });

  it('carries the old name of a rename', () => {
    const rename = changes.find((c) => c.action === 'rename');
    expect(rename).toMatchObject({ kind: 'container', containerName: 'nt-fixture-c', oldName: 'nt-fixture-b' });
  });

  it('recognises the engine’s doubled disconnect as the same change', () => {
    const disconnects = changes.filter((c) => c.kind === 'network' && c.action === 'disconnect' && c.networkName === 'nt-fixture-net');
    expect(disconnects.length).toBeGreaterThanOrEqual(2);
    const [first, second] = disconnects;
    expect(sameChange(first, second)).toBe(true);
    const connect = changes.find((c) => c.kind === 'network' && c.action === 'connect')!;
    expect(sameChange(first, connect)).toBe(false);
  });
});

describe('LineBuffer', () => {
  it('reassembles lines split across chunks and splits merged ones', () => {
    const buf = new LineBuffer();
    const cut = Math.floor(raw.length / 3);
    const lines = [...buf.push(raw.slice(0, 17)), ...buf.push(raw.slice(17, cut)), ...buf.push(raw.slice(cut))];
    expect(lines.map((l) => JSON.parse(l))).toEqual(events);
  });

  it('keeps a partial line until its newline arrives', () => {
    const buf = new LineBuffer();
    expect(buf.push('{"a":')).toEqual([]);
    expect(buf.push('1}\n{"b"')).toEqual(['{"a":1}']);
    expect(buf.push(':2}\n')).toEqual(['{"b":2}']);
  });
});

// Captured from Engine 20.10 in a one-node swarm: `docker service create`, `service scale =2`, `service rm`.
const serviceEvents = fs.readFileSync(path.join(__dirname, '__fixtures__/service-events-20.10.ndjson'), 'utf8')
  .split('\n').filter(Boolean).map((l) => JSON.parse(l) as RawEvent);

describe('toEngineChange on swarm service events', () => {
  it('keeps a manager\'s service create, update and remove, with the service name', () => {
    const swarm = serviceEvents.map(toEngineChange);
    expect(swarm.map((c) => c && `${c.kind}:${c.action}:${c.kind === 'swarm' ? `${c.object}:${c.objectName}` : ''}`)).toEqual([
      'swarm:create:service:nt-fixture-svc', 'swarm:update:service:nt-fixture-svc', 'swarm:remove:service:nt-fixture-svc',
    ]);
    expect(swarm[0]).toMatchObject({ objectId: serviceEvents[0].Actor?.ID, containerId: null, time: Math.floor(serviceEvents[0].timeNano! / 1e6) });
  });

  it('subscribes to service and node events besides containers and networks', async () => {
    const { EVENT_FILTERS } = await import('./to-engine-change');
    expect(EVENT_FILTERS.type).toEqual(['container', 'network', 'service', 'node']);
  });
});
