import { describe, expect, it } from 'vitest';
import { describeChange } from './describe-change';

const id = 'a'.repeat(64);

describe('describeChange', () => {
  it('says who connected to what, by name', () => {
    expect(describeChange({ kind: 'network', action: 'connect', time: 0, networkId: id, networkName: 'backend', containerId: id }, { container: 'api' }))
      .toBe('api connected to backend');
  });

  it('falls back to the short id when the name is unknown', () => {
    expect(describeChange({ kind: 'network', action: 'disconnect', time: 0, networkId: id, networkName: 'backend', containerId: id }, {}))
      .toBe('aaaaaaaaaaaa disconnected from backend');
  });

  it('describes renames and ignores actions that are not worth a line', () => {
    expect(describeChange({ kind: 'container', action: 'rename', time: 0, containerId: id, containerName: 'new', oldName: 'old' }, {})).toBe('old renamed to new');
    expect(describeChange({ kind: 'container', action: 'exec_start', time: 0, containerId: id, containerName: 'x' }, {})).toBeNull();
  });
});

describe('describeChange for swarm objects', () => {
  it('says what happened to a service or node, by name', () => {
    const change = (action: string, objectName: string | null) =>
      ({ kind: 'swarm' as const, action, time: 0, object: 'service' as const, objectId: 'gljqz4vv3gzizvmraym0ee6je', objectName, containerId: null });
    expect(describeChange(change('create', 'web'), {})).toBe('service web created');
    expect(describeChange(change('update', 'web'), {})).toBe('service web updated');
    expect(describeChange(change('remove', null), {})).toBe('service gljqz4vv3gzi removed');
    expect(describeChange(change('bogus', 'web'), {})).toBeNull();
  });
});
