import { describe, expect, it } from 'vitest';
import { toTimeFreeStatus } from './time-free-status';

describe('toTimeFreeStatus', () => {
  it.each([
    ['Up 3 minutes', 'Up'],
    ['Up Less than a second', 'Up'],
    ['Up About a minute', 'Up'],
    ['Up About an hour (healthy)', 'Up (healthy)'],
    ['Up 2 hours (health: starting)', 'Up (health: starting)'],
    ['Up 5 days (Paused)', 'Up (Paused)'],
    ['Exited (137) 2 hours ago', 'Exited (137)'],
    ['Exited (0) 1 second ago', 'Exited (0)'],
    ['Restarting (1) 5 seconds ago', 'Restarting (1)'],
    ['Created', 'Created'],
    ['Removal In Progress', 'Removal In Progress'],
    ['Dead', 'Dead'],
    ['', ''],
  ])('%s → %s', (status, expected) => {
    expect(toTimeFreeStatus(status)).toBe(expected);
  });
  it('is empty when the engine gave none', () => {
    expect(toTimeFreeStatus(undefined)).toBe('');
  });
});
