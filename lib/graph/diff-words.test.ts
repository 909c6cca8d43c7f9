import { describe, expect, it } from 'vitest';
import { diffCountsText } from './diff-words';

describe('diffCountsText', () => {
  it('says each kind with members, new first, and leaves the others out', () => {
    expect(diffCountsText({ added: 2, removed: 1, changed: 0 })).toBe('2 new · 1 removed');
    expect(diffCountsText({ added: 0, removed: 0, changed: 3 })).toBe('3 changed');
    expect(diffCountsText({ added: 1, removed: 4, changed: 2 })).toBe('1 new · 4 removed · 2 changed');
    expect(diffCountsText({ added: 0, removed: 0, changed: 0 })).toBe('');
  });
});
