import { describe, expect, it } from 'vitest';
import { envLabelPolicy } from './env-label-policy';

describe('envLabelPolicy', () => {
  it('unset: the allowlist alone, no problem', () => {
    const { policy, problem } = envLabelPolicy({});
    expect(problem).toBeNull();
    expect(policy.shows('com.docker.compose.project')).toBe(true);
    expect(policy.shows('traefik.enable')).toBe(false);
  });

  it('NETATLAS_SHOW_LABELS adds its patterns', () => {
    const { policy, problem } = envLabelPolicy({ NETATLAS_SHOW_LABELS: 'traefik.*' });
    expect(problem).toBeNull();
    expect(policy.shows('traefik.enable')).toBe(true);
  });

  it('an unusable value is a configuration problem and adds nothing (fails closed)', () => {
    const { policy, problem } = envLabelPolicy({ NETATLAS_SHOW_LABELS: 'traefik.*, db.url=postgres://u:hunter2@db' });
    expect(problem).toMatchObject({ file: 'NETATLAS_SHOW_LABELS', field: '' });
    expect(problem!.message).not.toContain('hunter2');
    expect(policy.shows('traefik.enable')).toBe(false);
    expect(policy.shows('com.docker.compose.project')).toBe(true);
  });
});
