import { describe, expect, it } from 'vitest';
import { idOf, nameOf, rawContainer } from './__fixtures__/engine-fixture';
import { engine28 } from './__fixtures__/engine-28.5-fixture';
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

  it('on a captured Engine 28.5 endpoint (API 1.51) is DNSNames: the short id resolves, though no alias holds it', () => {
    const { inspect } = engine28.rawContainer('web');
    const endpoint = inspect.NetworkSettings!.Networks![engine28.nameOf('app-net')];
    const shortId = engine28.idOf('web').slice(0, 12);
    expect(endpoint.Aliases).toEqual(['www']);
    expect(toDnsNames(engine28.nameOf('web'), endpoint, on)).toEqual([engine28.nameOf('web'), 'www', shortId]);
  });

  it('on Engine 28.5 only the inspect result carries the names: the list entry has DNSNames and Aliases null', () => {
    const { summary } = engine28.rawContainer('web');
    const listed = summary.NetworkSettings!.Networks![engine28.nameOf('app-net')];
    expect(listed).toMatchObject({ DNSNames: null, Aliases: null });
    // Without the inspect result only the container name is known.
    expect(toDnsNames(engine28.nameOf('web'), listed, on)).toEqual([engine28.nameOf('web')]);
  });
});
