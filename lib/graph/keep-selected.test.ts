import { describe, expect, it } from 'vitest';
import { keepSelected } from './keep-selected';

describe('keepSelected', () => {
  it('marks the items that were selected before, by id', () => {
    const before = [{ id: 'a', selected: true }, { id: 'b' }, { id: 'c', selected: false }];
    const after = [{ id: 'c' }, { id: 'a', label: 'new data' }, { id: 'd' }];
    expect(keepSelected(before, after)).toEqual([{ id: 'c' }, { id: 'a', label: 'new data', selected: true }, { id: 'd' }]);
  });

  it('leaves the new items untouched when nothing was selected', () => {
    const after = [{ id: 'a' }];
    expect(keepSelected([{ id: 'a' }], after)[0]).toBe(after[0]);
  });

  it('drops a selection whose item is gone', () => {
    expect(keepSelected([{ id: 'gone', selected: true }], [{ id: 'a' }])).toEqual([{ id: 'a' }]);
  });
});
