import { describe, expect, it } from 'vitest';
import { captured, cleanCaptured, cleanConfigs, containerOf, context, idOf, nameOf, withEnv } from './__fixtures__/doctor-fixture';
import { localhostToOther } from './localhost-to-other';

const t = captured();
const dbHostPort = containerOf(t, 'db').ports.find((p) => p.containerPort === 5432)!.hostPort;
const found = (configs: ReturnType<typeof withEnv>, topology = t) =>
  localhostToOther(context(topology, configs)).map((d) => `${d.subjects.map((s) => s.name).join(' -> ')}`);

describe('localhost_to_other (captured topology; env hand-written)', () => {
  it('api’s DB_URL on localhost (port from the postgres:// scheme) while db serves 5432: error, use the name on back-net', () => {
    const [d] = localhostToOther(context(t, withEnv({ api: { env: ['DB_URL=postgres://u:pw@localhost/x'] } })));
    expect(d).toMatchObject({ rule: 'localhost_to_other', severity: 'error' });
    expect(d.subjects.map((s) => s.id)).toEqual([idOf('api'), idOf('db')]);
    expect(d.message).toContain(`${nameOf('api')}'s DB_URL points at localhost`);
    expect(d.fix.text).toContain(`Use ${nameOf('db')}`);
    expect(d.fix.text).toContain(nameOf('back-net'));
    expect(d.fix.steps).toBeUndefined();
  });

  it('web’s DB_HOST=localhost with DB_PORT=5432: web shares no network with db, so the fix creates one', () => {
    const [d] = localhostToOther(context(t, withEnv({ web: { env: ['DB_HOST=localhost', 'DB_PORT=5432'] } })));
    expect(d.subjects.map((s) => s.id)).toEqual([idOf('web'), idOf('db')]);
    const net = `${nameOf('web')}-${nameOf('db')}-net`;
    expect(d.fix.steps).toEqual([
      { action: 'create-network', name: net },
      { action: 'connect', network: net, container: nameOf('web') },
      { action: 'connect', network: net, container: nameOf('db') },
    ]);
  });

  it('localhost on another container’s published HOST port is the same mistake', () => {
    expect(found(withEnv({ cache: { env: [`DB=127.0.0.1:${dbHostPort}`] } }))).toEqual([`${nameOf('cache')} -> ${nameOf('db')}`]);
  });

  it('no alarm when its own stack serves the port (itself, or the owner of a sidecar’s stack); else the containers it shares a network with', () => {
    const withApiPort = captured((raw) => {
      raw.inspects[idOf('api')]!.Config!.ExposedPorts = { '8000/tcp': {} };
      raw.inspects[idOf('cache')]!.Config!.ExposedPorts = { '8000/tcp': {} };
      raw.inspects[idOf('db')]!.Config!.ExposedPorts = { '8000/tcp': {} }; // shares no network with web
    });
    expect(found(withEnv({ sidecar: { env: ['TARGET=localhost:8000'] }, api: { env: ['SELF=http://127.0.0.1:8000/'] } }), withApiPort)).toEqual([]);
    const [d] = localhostToOther(context(withApiPort, withEnv({ web: { env: ['CACHE=localhost:8000'] } })));
    expect(d.subjects.map((x) => x.name)).toEqual([nameOf('web'), nameOf('api')]);
    expect(d.message).toContain(`(also offered by ${nameOf('cache')})`); // not db: web shares no network with it
  });

  it('no alarm without a known port, for a port nobody serves, in host mode, or for listen/public variables', () => {
    expect(found(withEnv({
      api: { env: ['DB_HOST=localhost', 'X_URL=http://localhost:7777', 'LISTEN=127.0.0.1:5432', 'PUBLIC_URL=http://localhost:5432'] },
      host: { env: ['DB_URL=postgres://localhost:5432/app'] },
    }))).toEqual([]);
  });

  it('nothing on a clean topology', () => {
    const clean = cleanCaptured();
    expect(localhostToOther(context(clean, cleanConfigs(clean)))).toEqual([]);
  });
});
