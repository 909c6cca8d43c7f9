import { describe, expect, it } from 'vitest';
import { parseShowLabels } from './parse-show-labels';

describe('parseShowLabels (NETATLAS_SHOW_LABELS)', () => {
  it('unset or blank: no extra pattern', () => {
    expect(parseShowLabels(undefined)).toEqual({ patterns: [] });
    expect(parseShowLabels('  ')).toEqual({ patterns: [] });
  });

  it('comma-separated globs, trimmed, blank entries ignored', () => {
    expect(parseShowLabels(' traefik.* , com.example.team,,')).toEqual({ patterns: ['traefik.*', 'com.example.team'] });
  });

  it('refuses a key=value pair, an inner space or a control character, naming the entry but not its content', () => {
    const pair = parseShowLabels('traefik.*,db.url=postgres://u:hunter2@db/app');
    expect(pair).toEqual({ problem: expect.stringContaining('entry 2') });
    expect(JSON.stringify(pair)).not.toContain('hunter2');
    expect(parseShowLabels('traefik .*')).toHaveProperty('problem');
    expect(parseShowLabels('a\u0007b')).toHaveProperty('problem');
  });
});
