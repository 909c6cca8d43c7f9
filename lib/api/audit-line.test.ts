import { describe, expect, it } from 'vitest';
import { auditLine } from './audit-line';

describe('auditLine', () => {
  const now = new Date('2026-11-28T05:00:00.000Z');
  it('has time, action, target and result, space-separated', () => {
    expect(auditLine('network.connect', 'network=backend,container=api', 'ok:200', now))
      .toBe('[netatlas audit] 2026-11-28T05:00:00.000Z network.connect network=backend,container=api ok:200');
  });
  it('cannot be split or forged by a user-given name', () => {
    const line = auditLine('network.remove', 'x\r\n[netatlas audit] 2026 forged ok', 'refused:400', now);
    expect(line.split('\n')).toHaveLength(1);
    expect(line.split(' ')).toHaveLength(6); // '[netatlas', 'audit]', time, action, target, result
    expect(auditLine('a', 'x'.repeat(10_000), 'r', now).length).toBeLessThan(200);
  });
});
