import { describe, expect, it } from 'vitest';
import { isFullId, matchRef } from './match-ref';

const id = (c: string) => c.repeat(64);
const items = [{ id: id('a'), names: ['web'] }, { id: id('b'), names: ['web-2'] }, { id: id('c'), names: [id('a')] }];
const keys = { id: (x: (typeof items)[number]) => x.id, names: (x: (typeof items)[number]) => x.names };

describe('matchRef', () => {
  it('an exact name, a leading slash for containers, never a prefix or substring', () => {
    expect(matchRef('container', 'web', items, keys).id).toBe(id('a'));
    expect(matchRef('container', '/web-2', items, keys).id).toBe(id('b'));
    expect(() => matchRef('container', 'we', items, keys)).toThrow('No container "we" on this engine');
    expect(() => matchRef('network', 'aaaa', items, keys)).toThrow('No network "aaaa"');
  });
  it('a full id wins over a name that looks like it', () => {
    expect(matchRef('network', id('a'), items, keys).id).toBe(id('a'));
    expect(isFullId(id('a'))).toBe(true);
    expect(isFullId('a'.repeat(12))).toBe(false);
  });
});
