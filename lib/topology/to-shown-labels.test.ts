import { describe, expect, it } from 'vitest';
import { fixtureSnapshot, idOf, nameOf } from './__fixtures__/engine-fixture';
import { rawSwarmFixture } from './__fixtures__/swarm-fixture';
import { buildTopology } from './build-topology';
import { buildLabelPolicy } from './label-policy';
import { toShownLabels } from './to-shown-labels';
import { toSwarm } from './to-swarm';

const BASIC_AUTH = 'traefik.http.middlewares.auth.basicauth.users';
const SECRET = 'admin:$apr1$secret';
const DB_URL = 'postgres://u:hunter2@db/app';

/** The captured Engine 20.10 snapshot with a basic-auth label on `web` and a database URL on app-net. */
function withSecrets() {
  const raw = fixtureSnapshot();
  const web = raw.containers.find((c) => c.Id === idOf('web'))!;
  web.Labels = { ...web.Labels, [BASIC_AUTH]: SECRET, empty: '' };
  const net = raw.networks.find((n) => n.Name === nameOf('app-net'))!;
  net.Labels = { ...net.Labels, 'db.url': DB_URL };
  return raw;
}

describe('toShownLabels', () => {
  it('keeps every key; a value only where the policy shows it, null elsewhere', () => {
    expect(toShownLabels({ 'com.docker.compose.project': 'shop', 'db.url': DB_URL, empty: '' }))
      .toEqual({ 'com.docker.compose.project': 'shop', 'db.url': null, empty: null });
    expect(toShownLabels(null)).toEqual({});
  });
});

describe('label values in a topology built from the captured snapshot', () => {
  it('withholds a secret label value on a container and a network, keeping the key', () => {
    const t = buildTopology(withSecrets());
    const web = t.containers.find((c) => c.id === idOf('web'))!;
    expect(web.labels[BASIC_AUTH]).toBeNull();
    expect(web.labels).toHaveProperty('empty', null);
    expect(t.networks.find((n) => n.name === nameOf('app-net'))!.labels).toHaveProperty('db.url', null);
    expect(JSON.stringify(t)).not.toContain('hunter2');
    expect(JSON.stringify(t)).not.toContain('$apr1$');
  });

  it('keeps the allowlisted values and what is computed from them (compose project and service)', () => {
    const t = buildTopology(withSecrets());
    const web = t.containers.find((c) => c.id === idOf('web'))!;
    const raw = fixtureSnapshot().containers.find((c) => c.Id === idOf('web'))!.Labels!;
    expect(web.labels['netatlas.test']).toBe(raw['netatlas.test']);
    expect(t.containers.filter((c) => c.compose).map((c) => c.labels['com.docker.compose.project']))
      .toEqual(t.containers.filter((c) => c.compose).map((c) => c.compose!.project));
    expect(t.containers.some((c) => c.compose)).toBe(true);
  });

  it('shows a value the extra patterns match (NETATLAS_SHOW_LABELS=traefik.*), and only that one', () => {
    const t = buildTopology(withSecrets(), buildLabelPolicy(['traefik.*']));
    expect(t.containers.find((c) => c.id === idOf('web'))!.labels[BASIC_AUTH]).toBe(SECRET);
    expect(t.networks.find((n) => n.name === nameOf('app-net'))!.labels['db.url']).toBeNull();
  });

  it('withholds swarm service label values by the same rule', () => {
    const raw = rawSwarmFixture();
    raw.services[0].Spec.Labels = { ...raw.services[0].Spec.Labels, 'db.url': DB_URL, 'com.docker.stack.namespace': 'shop' };
    const service = toSwarm(raw, 'hq').services.find((s) => s.id === raw.services[0].ID)!;
    expect(service.labels).toMatchObject({ 'db.url': null, 'com.docker.stack.namespace': 'shop' });
  });
});
