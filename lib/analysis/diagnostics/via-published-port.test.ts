import { describe, expect, it } from 'vitest';
import { captured, cleanCaptured, cleanConfigs, containerOf, context, idOf, nameOf, withEnv } from './__fixtures__/doctor-fixture';
import { viaPublishedPort } from './via-published-port';

const t = captured();
const dbPort = containerOf(t, 'db').ports.find((p) => p.containerPort === 5432)!.hostPort;
const webPort = containerOf(t, 'web').ports.find((p) => p.containerPort === 80)!.hostPort;
const backGateway = t.networks.find((n) => n.name === nameOf('back-net'))!.subnets[0].gateway!;
const found = (configs: ReturnType<typeof withEnv>) => viaPublishedPort(context(t, configs)).map((d) => d.subjects.map((s) => s.name).join(' '));

describe('via_published_port (captured topology; env hand-written)', () => {
  it('api reaching db through host.docker.internal and db’s published port, while both are on back-net', () => {
    const [d, ...rest] = viaPublishedPort(context(t, withEnv({ api: { env: [`DATABASE_URL=postgres://app:pw@host.docker.internal:${dbPort}/app`] } })));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ rule: 'via_published_port', severity: 'warning' });
    expect(d.subjects.map((s) => s.id)).toEqual([idOf('api'), idOf('db'), idOf('back-net')]);
    expect(d.message).toContain(`${nameOf('db')}:5432 answers directly`);
    expect(d.fix.text).toContain(`Point DATABASE_URL at ${nameOf('db')}:5432`);
  });

  it('the network’s gateway address is the host too; and web’s 127.0.0.1 publication counts', () => {
    expect(found(withEnv({ api: { env: [`DB_HOST=${backGateway}`, `DB_PORT=${dbPort}`, `WEB=http://host.docker.internal:${webPort}/`] } }))).toEqual([
      `${nameOf('api')} ${nameOf('db')} ${nameOf('back-net')}`,
      `${nameOf('api')} ${nameOf('web')} ${nameOf('app-net')}`,
    ]);
  });

  it('no finding when they share no user-defined network (then the published port is the way), or nobody publishes the port', () => {
    expect(found(withEnv({
      web: { env: [`DB_URL=postgres://host.docker.internal:${dbPort}/app`] },
      api: { env: ['X=host.docker.internal:9'] },
      host: { env: [`DB=${backGateway}:${dbPort}`] },
    }))).toEqual([]);
  });

  it('nothing on a clean topology', () => {
    const clean = cleanCaptured();
    expect(viaPublishedPort(context(clean, cleanConfigs(clean)))).toEqual([]);
  });
});
