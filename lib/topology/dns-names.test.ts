import { describe, expect, it } from 'vitest';
import { idOf, nameOf, rawContainer } from './__fixtures__/engine-fixture';
import { toDnsNames } from './dns-names';

const on = { networkDns: true, active: true };

describe('toDnsNames', () => {
  it('is empty where the network has no embedded DNS or the endpoint is not active', () => {
    const endpoint = { Aliases: ['a'], DNSNames: ['x', 'a'] };
    expect(toDnsNames('x', endpoint, { networkDns: false, active: true })).toEqual([]);
    expect(toDnsNames('x', endpoint, { networkDns: true, active: false })).toEqual([]);
  });

  it('on API < 1.45 is the container name plus the aliases (which hold the short id), without duplicates', () => {
    expect(toDnsNames('web', { Aliases: ['www', 'web', '0123456789ab', ''] }, on)).toEqual(['web', 'www', '0123456789ab']);
    expect(toDnsNames('web', { Aliases: null }, on)).toEqual(['web']);
    expect(toDnsNames('web', undefined, on)).toEqual(['web']);
  });

  it('on API >= 1.45 is DNSNames as the engine reports them', () => {
    expect(toDnsNames('web', { Aliases: ['www'], DNSNames: ['web', 'www', '0123456789ab', 'web'] }, on)).toEqual(['web', 'www', '0123456789ab']);
    expect(toDnsNames('web', { Aliases: ['www'], DNSNames: [] }, on)).toEqual([]);
  });

  it('gives name, alias and short id for a captured endpoint on a user-defined network', () => {
    const { inspect } = rawContainer('web');
    const endpoint = inspect.NetworkSettings!.Networks![nameOf('app-net')];
    expect([...toDnsNames(nameOf('web'), endpoint, on)].sort()).toEqual([nameOf('web'), 'www', idOf('web').slice(0, 12)].sort());
  });
});
