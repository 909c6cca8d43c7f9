import { describe, expect, it } from 'vitest';
import { clockTime } from './clock-time';

describe('clockTime', () => {
  it('is the local time of day, two digits each, 24-hour', () => {
    expect(clockTime(new Date(2026, 11, 7, 9, 5, 3).getTime())).toBe('09:05:03');
    expect(clockTime(new Date(2026, 11, 7, 23, 59, 59, 999).getTime())).toBe('23:59:59');
    expect(clockTime(new Date(2026, 0, 1, 0, 0, 0).getTime())).toBe('00:00:00');
  });
});
