import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toChangeAction } from './versioned-change';

describe('toChangeAction', () => {
  it('applies the change that starts at the version the client holds', () => {
    expect(toChangeAction(7, { from: 7, to: 8 })).toBe('apply');
    expect(toChangeAction(0, { from: 0, to: 3 })).toBe('apply');
  });

  it('ignores a change the client already has (it refetched past it)', () => {
    expect(toChangeAction(9, { from: 7, to: 8 })).toBe('ignore');
    expect(toChangeAction(8, { from: 7, to: 8 })).toBe('ignore');
  });

  it('refetches when a change was missed in between', () => {
    expect(toChangeAction(7, { from: 8, to: 9 })).toBe('refetch');
    // Overlapping but not starting here: patching it would build on the wrong base.
    expect(toChangeAction(7, { from: 6, to: 8 })).toBe('refetch');
  });

  // The server's changes form a chain 0 -> t1 -> t2 ...; the client hears some of them.
  const chain = fc.array(fc.record({ step: fc.integer({ min: 1, max: 3 }), heard: fc.boolean() }), { maxLength: 30 });

  it('a client that hears every change applies each one, never refetching', () => {
    fc.assert(fc.property(chain, (changes) => {
      let version = 0;
      for (const { step } of changes) {
        expect(toChangeAction(version, { from: version, to: version + step })).toBe('apply');
        version += step;
      }
    }));
  });

  it('a client that misses changes refetches exactly when it missed one, and is never left behind', () => {
    fc.assert(fc.property(chain, (changes) => {
      let version = 0;
      let from = 0;
      let missed = false;
      for (const { step, heard } of changes) {
        const change = { from, to: from + step };
        from = change.to;
        if (!heard) { missed = true; continue; }
        const action = toChangeAction(version, change);
        expect(action === 'refetch').toBe(missed);
        // Applying, or refetching (which reads at least this version), brings the client up to date.
        version = change.to;
        missed = false;
      }
    }));
  });
});
