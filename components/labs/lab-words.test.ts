import { describe, expect, it } from 'vitest';
import type { LabCheck } from '@/lib/labs/lab-types';
import { labsOffWhy, resetWords, setupWords, statusWords } from './lab-words';

const check = (met: boolean[]): LabCheck => ({
  id: 'multi-tier',
  done: met.every(Boolean),
  goals: met.map((m, i) => ({ id: `g${i}`, met: m, evidence: 'because' })),
  checkedAt: '2026-12-07T00:00:00.000Z',
});

describe('lab words', () => {
  it('says what Set me up started and what was already there', () => {
    expect(setupWords({ id: 'multi-tier', created: ['db', 'api', 'web'], kept: [] })).toBe('Set up: started db, api, web on the default bridge.');
    expect(setupWords({ id: 'multi-tier', created: ['web'], kept: ['db'] })).toBe('Set up: started web on the default bridge (db was already there).');
    expect(setupWords({ id: 'multi-tier', created: [], kept: ['db', 'api'] })).toBe('Already set up: db, api are there.');
    expect(setupWords({ id: 'port-mapping', created: [], kept: [] })).toBe('Nothing to set up: this lab starts with the commands you run yourself (Show me how).');
  });

  it('says what Reset removed, and which network it kept and why', () => {
    expect(resetWords({ id: 'multi-tier', removed: { containers: ['db', 'api'], networks: ['backend'] }, kept: [] }))
      .toBe('Reset: removed containers db, api and network backend.');
    expect(resetWords({ id: 'multi-tier', removed: { containers: [], networks: [] }, kept: [{ network: 'frontend', why: 'shop is still attached' }] }))
      .toBe('Reset: nothing of this lab was left to remove. Kept frontend: shop is still attached.');
  });

  it('counts the goals met, says done only when every goal is, and that a check runs', () => {
    expect(statusWords(null, true)).toBe('Checking…');
    expect(statusWords(check([true, false, true]), false)).toBe('2 of 3 goals met.');
    expect(statusWords(check([true, true]), false)).toBe('Done: every goal met on the live engine.');
    expect(statusWords(check([true, true]), true)).toBe('Done: every goal met on the live engine. Checking again…');
  });

  it('says why nothing is checked on a read-only server, a snapshot or a past map', () => {
    expect(labsOffWhy(false)).toBeNull();
    expect(labsOffWhy(true)).toMatch(/read-only/);
    const snapshot = { snapshot: {} as never, name: 'x.json' };
    expect(labsOffWhy(false, { ...snapshot, from: 'file' })).toMatch(/snapshot/);
    expect(labsOffWhy(true, { ...snapshot, from: 'history' })).toMatch(/past map/);
  });
});
