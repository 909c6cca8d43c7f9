import { describe, expect, it } from 'vitest';
import { buildLabelPolicy, DEFAULT_LABEL_POLICY } from './label-policy';

describe('the label policy', () => {
  it('shows the allowlisted keys: compose, stack namespace, OCI image, netatlas', () => {
    for (const key of [
      'com.docker.compose.project', 'com.docker.compose.service', 'com.docker.compose.project.working_dir',
      'com.docker.compose.project.config_files', 'com.docker.compose.oneoff', 'com.docker.compose.container-number',
      'com.docker.stack.namespace', 'org.opencontainers.image.source', 'org.opencontainers.image.version',
      'netatlas.test', 'netatlas.probe.from',
    ]) expect(DEFAULT_LABEL_POLICY.shows(key), key).toBe(true);
  });

  it('withholds everything else, compose keys outside the list and look-alikes included', () => {
    for (const key of [
      'traefik.http.middlewares.auth.basicauth.users', 'db.url', 'api-key', 'com.docker.compose.config-hash',
      'com.docker.compose.project.extra', 'org.opencontainers.imagex', 'netatlas', 'xnetatlas.test', '',
    ]) expect(DEFAULT_LABEL_POLICY.shows(key), key).toBe(false);
  });

  it('adds the extra patterns to the allowlist, never replaces it', () => {
    const policy = buildLabelPolicy(['traefik.*', 'com.example.team']);
    expect(policy.shows('traefik.http.routers.web.rule')).toBe(true);
    expect(policy.shows('com.example.team')).toBe(true);
    expect(policy.shows('com.example.team.lead')).toBe(false);
    expect(policy.shows('com.docker.compose.project')).toBe(true);
    expect(policy.shows('db.url')).toBe(false);
    expect(policy.extra).toEqual(['traefik.*', 'com.example.team']);
  });
});
