import { describe, expect, it } from 'vitest';
import { compareText } from './compare-text';

describe('compareText', () => {
  it('orders names ignoring case, then exactly, so the order is total', () => {
    expect(['web', 'API', 'db-2', 'db-10', 'Db-2', 'api'].sort(compareText)).toEqual(['API', 'api', 'db-10', 'Db-2', 'db-2', 'web']);
  });

  it('is zero only for the same text, and antisymmetric', () => {
    expect(compareText('a', 'a')).toBe(0);
    expect(compareText('a', 'A')).toBe(-compareText('A', 'a'));
    expect(compareText('a', 'A')).not.toBe(0);
    expect(compareText('proj1_net1', 'proj1-net1')).toBe(-compareText('proj1-net1', 'proj1_net1'));
  });
});
