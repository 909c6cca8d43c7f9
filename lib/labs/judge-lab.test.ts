import { describe, expect, it } from 'vitest';
import type { Topology } from '../topology/types';
import { ipOn, labCapture, type CapturedLab, type LabCapture, type LabStage } from './__fixtures__/lab-capture';
import { judgeLab } from './judge-lab';
import { labById } from './lab-catalogue';
import type { ProbeOutcome } from './lab-outcomes';
import type { GoalVerdict } from './lab-types';

/** test/integration/labs.test.ts's expectations for the captured labs: met right after setup, failed by the breaking step. */
const EXPECTED: Record<CapturedLab, { metBefore: string[]; broken: string[] }> = {
  'multi-tier': { metBefore: [], broken: ['db', 'web-db'] },
  'bridge-vs-user': { metBefore: ['bridge-no-name', 'bridge-by-ip'], broken: ['isolated', 'user-1'] },
  'port-mapping': { metBefore: [], broken: ['loopback'] },
};

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "in 4.1 ms" as the verdicts write a measured time. */
const MS = 'in \\d+(\\.\\d)? ms';

function judge(lab: CapturedLab, capture: LabCapture): Record<string, GoalVerdict> {
  const verdicts = judgeLab(labById(lab), capture.topology, capture.evidence);
  return Object.fromEntries(verdicts.map((v) => [v.id, v]));
}

/** The verdicts of one capture, after an optional minimal change to it. */
function verdictsOf(lab: CapturedLab, stage: LabStage, change?: (c: LabCapture) => void): Record<string, GoalVerdict> {
  const capture = labCapture(lab, stage);
  change?.(capture);
  return judge(lab, capture);
}

const metIds = (v: Record<string, GoalVerdict>) => Object.values(v).filter((g) => g.met).map((g) => g.id).sort();
const unmetIds = (v: Record<string, GoalVerdict>) => Object.values(v).filter((g) => !g.met).map((g) => g.id).sort();

function containerOf(t: Topology, name: string) {
  const c = t.containers.find((x) => x.name === name);
  if (!c) throw new Error(`no container ${name} in the capture`);
  return c;
}

function stop(t: Topology, name: string): void {
  Object.assign(containerOf(t, name), { state: 'exited', status: 'Exited (137)' });
}

describe('judgeLab on the labs captured from Engine 28.5', () => {
  it('reads captures of Engine 28.5', () => {
    expect(labCapture('multi-tier', 'done').serverVersion).toMatch(/^28\.5\./);
  });

  for (const lab of Object.keys(EXPECTED) as CapturedLab[]) {
    const { metBefore, broken } = EXPECTED[lab];
    const all = labById(lab).goals.map((g) => g.id).sort();

    it(`${lab}: right after "Set me up" exactly the default bridge's own lessons are met`, () => {
      expect(metIds(verdictsOf(lab, 'before'))).toEqual([...metBefore].sort());
    });

    it(`${lab}: after the CLI solution every goal is met, each on evidence that was measured`, () => {
      const v = verdictsOf(lab, 'done');
      expect(metIds(v)).toEqual(all);
      for (const g of Object.values(v)) expect(g.evidence, g.id).not.toMatch(/^Not (probed|tried)/);
    });

    it(`${lab}: the breaking step fails exactly the goals it breaks`, () => {
      expect(unmetIds(verdictsOf(lab, 'broken'))).toEqual([...broken].sort());
    });
  }
});

describe('multi-tier: the evidence carries what the engine showed', () => {
  it('before: api reaches db only by IP on the default bridge, and so does web', () => {
    const { topology } = labCapture('multi-tier', 'before');
    const db = ipOn(topology, 'db', 'bridge');
    const v = verdictsOf('multi-tier', 'before');
    expect(v['api-db'].evidence).toBe(`api could not resolve db; it does reach db by IP (${db}:5432 connected), but names resolve only on a user-defined network both are on.`);
    expect(v['web-db'].evidence).toMatch(new RegExp(`^web reached db at ${esc(db)}: connected to port 5432 ${MS}, so they are not isolated\\.$`));
    expect(v.frontend.evidence).toBe('There is no network named frontend yet (Show me how gives the command, labelled for the lab).');
    expect(v.db.evidence).toBe(`db is on bridge (${db}); not yet on backend (docker network connect backend db).`);
  });

  it('done: the address db resolved to on backend, the subnets, and web timing out at db', () => {
    const { topology } = labCapture('multi-tier', 'done');
    const dbBack = ipOn(topology, 'db', 'backend');
    const subnet = topology.networks.find((n) => n.name === 'frontend')!.subnets[0].subnet;
    const v = verdictsOf('multi-tier', 'done');
    expect(v['api-db'].evidence).toMatch(new RegExp(`^api resolved db to ${esc(dbBack)} and connected to port 5432 ${MS}\\.$`));
    expect(v['web-db'].evidence).toBe(`web could not resolve db, and no address of db answered (${dbBack}:5432 timed out).`);
    expect(v.frontend.evidence).toBe(`frontend is a user-defined bridge (${subnet}): Docker’s DNS resolves container names on it.`);
    expect(v.db.evidence).toBe(`db is on backend (${dbBack}).`);
    expect(v.api.evidence).toContain(`backend (${ipOn(topology, 'api', 'backend')})`);
    expect(v.api.evidence).toContain(`frontend (${ipOn(topology, 'api', 'frontend')})`);
  });

  it('broken: db on frontend too, where web resolves and reaches it', () => {
    const { topology } = labCapture('multi-tier', 'broken');
    const dbFront = ipOn(topology, 'db', 'frontend');
    const v = verdictsOf('multi-tier', 'broken');
    expect(v.db.evidence).toContain(`frontend (${dbFront})`);
    expect(v.db.evidence).toMatch(/, but should not be on frontend \(docker network disconnect frontend db\)\.$/);
    expect(v['web-db'].evidence).toMatch(new RegExp(`^web resolved db to ${esc(dbFront)} and connected to port 5432 ${MS}, so they are not isolated\\.$`));
  });
});

describe('bridge-vs-user: the evidence carries what the engine showed', () => {
  it('before: no name on the default bridge, a ping by IP, and user-1 reaching bridge-1', () => {
    const { topology } = labCapture('bridge-vs-user', 'before');
    const v = verdictsOf('bridge-vs-user', 'before');
    expect(v['bridge-no-name'].evidence).toBe('bridge-1 could not resolve bridge-2: Docker’s DNS does not answer container names on the default bridge.');
    expect(v['bridge-by-ip'].evidence).toMatch(new RegExp(`^bridge-1 reached bridge-2 at ${esc(ipOn(topology, 'bridge-2', 'bridge'))}: got a ping reply ${MS}\\.$`));
    expect(v['user-by-name'].evidence).toBe(
      `user-1 could not resolve user-2; it does reach user-2 by IP (${ipOn(topology, 'user-2', 'bridge')} connected), but names resolve only on a user-defined network both are on.`,
    );
    expect(v['user-1'].evidence).toBe(`user-1 is on bridge (${ipOn(topology, 'user-1', 'bridge')}); not yet on user-net (docker network connect user-net user-1).`);
    expect(v.isolated.evidence).toMatch(new RegExp(`^user-1 reached bridge-1 at ${esc(ipOn(topology, 'bridge-1', 'bridge'))}: got a ping reply ${MS}, so they are not isolated\\.$`));
  });

  it('done: user-2 resolved on user-net, bridge-1 unresolved and timing out', () => {
    const { topology } = labCapture('bridge-vs-user', 'done');
    const v = verdictsOf('bridge-vs-user', 'done');
    expect(v['user-by-name'].evidence).toMatch(new RegExp(`^user-1 resolved user-2 to ${esc(ipOn(topology, 'user-2', 'user-net'))} and got a ping reply ${MS}\\.$`));
    expect(v.isolated.evidence).toBe(`user-1 could not resolve bridge-1, and no address of bridge-1 answered (${ipOn(topology, 'bridge-1', 'bridge')} timed out).`);
    expect(v['user-1'].evidence).toBe(`user-1 is on user-net (${ipOn(topology, 'user-1', 'user-net')}).`);
  });

  it('broken: user-1 back on the bridge, from where it pings bridge-1', () => {
    const { topology } = labCapture('bridge-vs-user', 'broken');
    const v = verdictsOf('bridge-vs-user', 'broken');
    expect(v['user-1'].evidence).toMatch(/, but should not be on bridge \(docker network disconnect bridge user-1\)\.$/);
    expect(v.isolated.evidence).toMatch(new RegExp(`^user-1 reached bridge-1 at ${esc(ipOn(topology, 'bridge-1', 'bridge'))}: got a ping reply ${MS}, so they are not isolated\\.$`));
  });
});

describe('port-mapping: the evidence carries what the engine showed', () => {
  it('before: nothing publishes 5433 and the host connect is refused', () => {
    const v = verdictsOf('port-mapping', 'before');
    expect(v.published.evidence).toBe('No running container publishes a port on host port 5433 (docker run -p 127.0.0.1:5433:5432 …).');
    expect(v.host.evidence).toBe('127.0.0.1:5433 on the engine’s host refused the connection: nothing listens there.');
  });

  it('done: published on 127.0.0.1 only, and the host connects to lab-postgres', () => {
    const v = verdictsOf('port-mapping', 'done');
    expect(v.published.evidence).toBe('lab-postgres publishes 5432/tcp on 127.0.0.1:5433.');
    expect(v.loopback.evidence).toBe('lab-postgres publishes 5432/tcp on 127.0.0.1:5433: only this machine can connect.');
    expect(v.host.evidence).toMatch(new RegExp(`^127\\.0\\.0\\.1:5433 on the engine’s host accepted a connection ${MS} \\(lab-postgres’s 5432/tcp\\)\\.$`));
  });

  it('broken: -p 5433:5432 binds every address the engine bound (0.0.0.0 and [::] on 28.5)', () => {
    const { topology } = labCapture('port-mapping', 'broken');
    const bound = containerOf(topology, 'lab-postgres').ports.map((p) => (p.hostIp.includes(':') ? `[${p.hostIp}]` : p.hostIp));
    expect(bound.sort()).toEqual(['0.0.0.0', '[::]']);
    const v = verdictsOf('port-mapping', 'broken');
    for (const ip of bound) expect(v.loopback.evidence).toContain(`${ip}:5433`);
    expect(v.loopback.evidence).toMatch(/: every machine that reaches this host can connect \(use -p 127\.0\.0\.1:5433:5432\)\.$/);
    expect(v.published.met).toBe(true);
  });
});

describe('what the engine did not show, each a minimal change to a capture', () => {
  it('a probe that could not run fails its goal with the reason, and leaves the others as they were', () => {
    const why = 'Cannot probe from api: a probe from api is already running';
    const refused: ProbeOutcome = { ok: false, why };
    const v = verdictsOf('multi-tier', 'done', (c) => c.evidence.probes.set('api>db:5432', refused));
    expect(v['api-db']).toEqual({ id: 'api-db', met: false, evidence: `Not probed: ${why}.` });
    expect(unmetIds(v)).toEqual(['api-db']);
  });

  it('isolation is never met without a probe that ran', () => {
    const gone = verdictsOf('multi-tier', 'done', (c) => c.evidence.probes.set('web>db:5432', { ok: false, why: 'web is exited, not running (docker start web)' }));
    expect(gone['web-db']).toEqual({ id: 'web-db', met: false, evidence: 'Not probed: web is exited, not running (docker start web).' });
    const missing = verdictsOf('multi-tier', 'done', (c) => c.evidence.probes.delete('web>db:5432'));
    expect(missing['web-db']).toEqual({ id: 'web-db', met: false, evidence: 'Not probed.' });
  });

  it('no name on the default bridge is never met without a probe that ran', () => {
    const v = verdictsOf('bridge-vs-user', 'before', (c) => c.evidence.probes.set('bridge-1>bridge-2:icmp', { ok: false, why: 'there is no container named bridge-2' }));
    expect(v['bridge-no-name']).toEqual({ id: 'bridge-no-name', met: false, evidence: 'Not probed: there is no container named bridge-2.' });
    expect(v['bridge-by-ip'].met).toBe(false);
  });

  it('a name that resolves where nothing listens: the lookup and the refusal, in words', () => {
    const v = verdictsOf('multi-tier', 'done', (c) => {
      const o = c.evidence.probes.get('api>db:5432')!;
      if (!o.ok) throw new Error('the capture has a probe here');
      o.result.results = o.result.results.map((r) => ({ ...r, connect: 'refused', rttMs: null }));
    });
    const dbBack = ipOn(labCapture('multi-tier', 'done').topology, 'db', 'backend');
    expect(v['api-db']).toEqual({ id: 'api-db', met: false, evidence: `api resolved db to ${dbBack}, where the connection was refused.` });
  });

  it('a stopped container is not on its networks, however they are wired', () => {
    const v = verdictsOf('multi-tier', 'done', (c) => stop(c.topology, 'db'));
    expect(v.db.met).toBe(false);
    expect(v.db.evidence).toBe('Not yet: db is exited, not running (docker start db).');
    expect(unmetIds(v)).toEqual(['db']);
  });

  it('a stopped container publishes nothing, and the host connect names no owner', () => {
    const refusedConnect = labCapture('port-mapping', 'before').evidence.hostPorts.get(5433)!;
    const v = verdictsOf('port-mapping', 'done', (c) => {
      stop(c.topology, 'lab-postgres');
      c.evidence.hostPorts.set(5433, refusedConnect);
    });
    expect(unmetIds(v)).toEqual(['host', 'loopback', 'published']);
    expect(v.published.evidence).toBe('No running container publishes a port on host port 5433 (docker run -p 127.0.0.1:5433:5432 …).');
    expect(v.host.evidence).toBe('127.0.0.1:5433 on the engine’s host refused the connection: nothing listens there.');
  });

  it('host port 5433 going to another container port is named, not taken for 5432', () => {
    const v = verdictsOf('port-mapping', 'done', (c) => { containerOf(c.topology, 'lab-postgres').ports[0].containerPort = 80; });
    expect(v.published).toEqual({ id: 'published', met: false, evidence: 'Host port 5433 goes to lab-postgres’s port 80, not 5432.' });
    expect(v.loopback.met).toBe(false);
  });

  it('0.0.0.0 alone is every interface too; ::1 alone is this machine only', () => {
    const v4only = verdictsOf('port-mapping', 'broken', (c) => {
      const pg = containerOf(c.topology, 'lab-postgres');
      pg.ports = pg.ports.filter((p) => p.hostIp === '0.0.0.0');
    });
    expect(v4only.loopback.met).toBe(false);
    expect(v4only.loopback.evidence).toContain('on 0.0.0.0:5433: every machine that reaches this host can connect');
    const v6loopback = verdictsOf('port-mapping', 'done', (c) => { containerOf(c.topology, 'lab-postgres').ports[0].hostIp = '::1'; });
    expect(v6loopback.loopback).toEqual({ id: 'loopback', met: true, evidence: 'lab-postgres publishes 5432/tcp on [::1]:5433: only this machine can connect.' });
  });

  it('a name that resolves between the two bridge containers means they share a user-defined network', () => {
    const v = verdictsOf('bridge-vs-user', 'before', (c) => {
      const o = c.evidence.probes.get('bridge-1>bridge-2:icmp')!;
      if (!o.ok) throw new Error('the capture has a probe here');
      const name = o.result.results.find((r) => r.kind === 'name' && r.target === 'bridge-2')!;
      Object.assign(name, { resolved: ['10.210.1.3'], connect: 'ok', rttMs: 0.1 });
    });
    expect(v['bridge-no-name']).toEqual({ id: 'bridge-no-name', met: false, evidence: 'bridge-1 resolved bridge-2 to 10.210.1.3: the name resolves, so they do not meet on the default bridge alone.' });
  });

  it('isolation: a refused connection is a path to the target (its stack answered), not isolation', () => {
    const v = verdictsOf('multi-tier', 'done', (c) => {
      const o = c.evidence.probes.get('web>db:5432')!;
      if (!o.ok) throw new Error('the capture has a probe here');
      const ip = o.result.results.find((r) => r.kind === 'ip')!;
      Object.assign(ip, { connect: 'refused' });
    });
    expect(v['web-db'].met).toBe(false);
    expect(v['web-db'].evidence).toMatch(/^web reached db’s network stack at [\d.]+: the connection was refused there \(nothing listens on port 5432\), so they are not isolated\.$/);
  });

  it('by name: a name that resolves to another container’s address does not reach the target', () => {
    const v = verdictsOf('multi-tier', 'done', (c) => {
      const o = c.evidence.probes.get('api>db:5432')!;
      if (!o.ok) throw new Error('the capture has a probe here');
      const name = o.result.results.find((r) => r.kind === 'name' && r.target === 'db')!;
      Object.assign(name, { resolved: ['10.99.0.7'] });
    });
    expect(v['api-db']).toEqual({ id: 'api-db', met: false, evidence: 'api resolved db to 10.99.0.7, which is not db’s address: another container answers to that name.' });
  });

  it('two databases: one container publishing both host ports does not count as another', () => {
    const lab = labById('two-databases');
    const capture = labCapture('port-mapping', 'done');
    const pg = containerOf(capture.topology, 'lab-postgres');
    pg.ports = [...pg.ports, ...pg.ports.map((p) => ({ ...p, hostPort: 5432 }))];
    const v = Object.fromEntries(judgeLab(lab, capture.topology, capture.evidence).map((g) => [g.id, g]));
    expect(v['published-5432'].met).toBe(true);
    expect(v['published-5433']).toEqual({ id: 'published-5433', met: false, evidence: 'Host port 5433 goes to lab-postgres, which also publishes host port 5432: run a second database for it.' });
  });

  it('a network named like the lab’s but of another driver is not the user-defined bridge asked for', () => {
    const v = verdictsOf('multi-tier', 'done', (c) => { c.topology.networks.find((n) => n.name === 'frontend')!.driver = 'macvlan'; });
    expect(v.frontend).toEqual({ id: 'frontend', met: false, evidence: 'frontend exists, but as a macvlan network, not a user-defined bridge.' });
    expect(unmetIds(v)).toEqual(['frontend']);
  });

  it('a host port not tried (a remote engine) fails with the reason; the published facts still stand', () => {
    const why = 'the engine is at tcp://10.0.0.5:2375, another host, whose 127.0.0.1 netatlas cannot reach; try nc -z 127.0.0.1 5433 there';
    const v = verdictsOf('port-mapping', 'done', (c) => c.evidence.hostPorts.set(5433, { tried: false, why }));
    expect(v.host).toEqual({ id: 'host', met: false, evidence: `Not tried: ${why}.` });
    expect(unmetIds(v)).toEqual(['host']);
    const absent = verdictsOf('port-mapping', 'done', (c) => c.evidence.hostPorts.clear());
    expect(absent.host).toEqual({ id: 'host', met: false, evidence: 'Not tried.' });
  });
});
