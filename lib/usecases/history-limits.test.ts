import { describe, expect, it } from 'vitest';
import { historySettings } from './history-limits';

describe('historySettings', () => {
  it('defaults to 5,000 changes and 64 MB, on', () => {
    expect(historySettings({})).toEqual({ limits: { maxChanges: 5000, maxBytes: 64 * 1024 * 1024 }, enabled: true, problems: [] });
  });

  it('takes whole numbers; 0 changes turns the history off', () => {
    expect(historySettings({ NETATLAS_HISTORY_CHANGES: ' 200 ', NETATLAS_HISTORY_MB: '8' })).toMatchObject({ limits: { maxChanges: 200, maxBytes: 8 * 1024 * 1024 }, enabled: true });
    expect(historySettings({ NETATLAS_HISTORY_CHANGES: '0' })).toMatchObject({ enabled: false, problems: [] });
  });

  it('falls back to the default for a bad value, saying which', () => {
    const s = historySettings({ NETATLAS_HISTORY_CHANGES: 'lots', NETATLAS_HISTORY_MB: '0' });
    expect(s.limits).toEqual({ maxChanges: 5000, maxBytes: 64 * 1024 * 1024 });
    expect(s.problems).toEqual([
      'NETATLAS_HISTORY_CHANGES=lots is not a whole number; using 5000.',
      'NETATLAS_HISTORY_MB=0 keeps nothing; set NETATLAS_HISTORY_CHANGES=0 to turn the history off. Using 64.',
    ]);
  });
});
