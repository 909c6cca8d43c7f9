import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TempWorld } from './__fixtures__/temp-world';
import { readConfigFile } from './read-config-file';

let world: TempWorld;
beforeEach(() => { world = new TempWorld(); });
afterEach(() => world.remove());

describe('readConfigFile', () => {
  it('reads a file saved with a byte-order mark', () => {
    world.config('\uFEFF{"engines": [{"name": "a"}]}');
    expect(readConfigFile({}, world.cwd)).toMatchObject({ local: true, entries: [{ name: 'a' }], problems: [] });
  });

  it('a NETATLAS_CONFIG that cannot be read says why', () => {
    world.write('work/dir.json/x', '');
    expect(readConfigFile({ NETATLAS_CONFIG: 'dir.json' }, world.cwd).problems).toEqual([{ file: path.join(world.cwd, 'dir.json'), field: '', message: 'it cannot be read (EISDIR)' }]);
  });

  it('an absolute NETATLAS_CONFIG is taken as it is', () => {
    const file = world.write('etc/netatlas.json', { local: false });
    expect(readConfigFile({ NETATLAS_CONFIG: file }, world.cwd)).toEqual({ file, local: false, entries: [], problems: [] });
  });

  it('engines must be a list', () => {
    world.config({ engines: { name: 'a' } });
    expect(readConfigFile({}, world.cwd).problems.map((p) => p.field)).toEqual(['engines']);
  });
});
