import { describe, expect, it } from 'vitest';
import { rawContainer } from '../topology/__fixtures__/engine-fixture';
import { toContainerConfig } from './to-container-config';

describe('toContainerConfig', () => {
  it('reads the captured inspect (its values were redacted at capture)', () => {
    expect(toContainerConfig(rawContainer('api').inspect)).toEqual({ env: [['REDACTED', '1']], links: [] });
  });

  it('splits NAME=value at the first =, keeps a value with = and a name without value', () => {
    const { inspect } = rawContainer('web');
    inspect.Config!.Env = ['DB_URL=postgres://u:p=w@db/x', 'EMPTY=', 'FLAG'];
    expect(toContainerConfig(inspect).env).toEqual([['DB_URL', 'postgres://u:p=w@db/x'], ['EMPTY', ''], ['FLAG', '']]);
  });

  it('reads legacy links as the engine stores them (/other:/self/alias)', () => {
    const { inspect } = rawContainer('legacy-a');
    inspect.HostConfig!.Links = ['/nt-x-legacy-b:/nt-x-legacy-a/peer', '/db:/nt-x-legacy-a/db'];
    expect(toContainerConfig(inspect).links).toEqual([{ container: 'nt-x-legacy-b', alias: 'peer' }, { container: 'db', alias: 'db' }]);
  });
});
