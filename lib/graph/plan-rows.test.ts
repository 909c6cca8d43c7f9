import { describe, expect, it } from 'vitest';
import { planRows } from './plan-rows';

describe('planRows', () => {
  it('keeps a narrow map on one row', () => {
    expect(planRows([500, 500], [600, 600], 1.7)).toEqual([[0, 1]]);
  });

  it('wraps a long row into rows near the target aspect, keeping band order', () => {
    const rows = planRows(Array(10).fill(600), Array(10).fill(700), 1.7);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.flat()).toEqual([...Array(10).keys()]);
  });
});
