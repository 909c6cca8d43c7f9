import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benchTopology, scaleTopology, shopTopology } from '../../graph/__fixtures__/synthetic-topology';
import { buildTopology } from '../../topology/build-topology';
import { SNAPSHOT_FORMAT } from './snapshot-format';
import { parseSnapshot, snapshotSchema, type Snapshot } from './snapshot-schema';
import { toSwarm } from '../../topology/to-swarm';
import { topologySchema } from '../../topology/topology-schema';
import type { Topology } from '../../topology/types';
import { fixtureSnapshot } from '../../topology/__fixtures__/engine-fixture';
import { engine28 } from '../../topology/__fixtures__/engine-28.5-fixture';
import { topologyArb } from '../../topology/__fixtures__/topology-arbitrary';
import { rawSwarmFixture, swarmCapture } from '../../topology/__fixtures__/swarm-fixture';

const wrap = (topology: Topology, takenAt = '2026-12-06T20:10:00.000Z', netatlasVersion = '0.1.0'): Snapshot =>
  ({ format: SNAPSHOT_FORMAT, takenAt, netatlasVersion, topology });

/** The captured one-node swarm of Engine 20.10 as its manager's topology. */
function swarmTopology(): Topology {
  const c = swarmCapture();
  const engine = {
    id: c.info.ID, name: c.info.Name, serverVersion: c.info.ServerVersion, apiVersion: c._meta.apiVersion,
    host: 'unix:///var/run/docker.sock', swarmManager: true, swarmNodeId: c.info.Swarm.NodeID ?? null,
  };
  return buildTopology({ engine, swarm: toSwarm(rawSwarmFixture(), 'default'), networks: c.networks, containers: c.containers, inspects: c.inspects });
}

/** Engine 28.5 as the server holds it: what engine-client reads, a second engine misconfigured, config problems. */
function multiEngineTopology(): Topology {
  const t = buildTopology(engine28.snapshot());
  const engine = { ...t.engine, engineApiVersion: '1.51', minApiVersion: null };
  const broken = { id: 'edge', name: 'edge', host: 'ssh://ops@edge', source: 'config' as const, state: 'misconfigured' as const, info: null, stale: false,
    error: { code: 'engine_misconfigured', message: 'The host is not a URL.', hint: 'Write ssh://user@host.' } };
  const problems = [{ file: 'netatlas.config.json', field: 'engines[1].host', message: 'is not a URL' }];
  return { ...t, engine, engines: [{ ...t.engines[0], info: engine }, broken], problems };
}

/** parseSnapshot of `snapshot` with `edit` made to a copy of it (as the JSON value). */
function refused(edit: (s: Record<string, any>) => void, snapshot: Snapshot = wrap(buildTopology(engine28.snapshot()))): string {
  const copy = JSON.parse(JSON.stringify(snapshot));
  edit(copy);
  const result = parseSnapshot(JSON.stringify(copy));
  if (result.ok) throw new Error('expected the snapshot to be refused');
  return result.message;
}

describe('parseSnapshot accepts what the server writes', () => {
  const real: Array<[string, () => Topology]> = [
    ['the Engine 20.10 capture', () => buildTopology(fixtureSnapshot())],
    ['the Engine 28.5 capture', () => buildTopology(engine28.snapshot())],
    ['the Engine 20.10 swarm capture', swarmTopology],
    ['several engines, one misconfigured, with problems', multiEngineTopology],
    ['the synthetic shop', shopTopology],
    ['the synthetic bench host', () => benchTopology()],
    ['the synthetic scale host', () => scaleTopology()],
  ];

  it.each(real)('%s, unchanged', (_, make) => {
    const snapshot = wrap(make());
    expect(parseSnapshot(JSON.stringify(snapshot))).toEqual({ ok: true, snapshot });
    expect(parseSnapshot(JSON.stringify(snapshot, null, 2))).toEqual({ ok: true, snapshot });
  });

  it('holds the fixtures it is said to hold (containers, endpoints, a swarm with tasks)', () => {
    expect(buildTopology(fixtureSnapshot()).endpoints.length).toBeGreaterThan(5);
    expect(swarmTopology().swarms[0].services.some((s) => s.tasks.length > 0)).toBe(true);
  });

  it('takes a time with an offset and a pre-release version', () => {
    const snapshot = wrap(shopTopology(), '2026-12-06T21:10:00+01:00', '1.0.0-rc.1');
    expect(parseSnapshot(JSON.stringify(snapshot))).toEqual({ ok: true, snapshot });
  });

  it('round-trips every generated topology through JSON unchanged', () => {
    const version = fc.tuple(fc.nat(20), fc.nat(20), fc.nat(20), fc.constantFrom('', '-rc.1', '+build.5')).map(([a, b, c, tail]) => `${a}.${b}.${c}${tail}`);
    const time = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true });
    fc.assert(fc.property(topologyArb, time, version, (topology, at, v) => {
      const snapshot = wrap(topology, at.toISOString(), v);
      const result = parseSnapshot(JSON.stringify(snapshot));
      expect(result).toEqual({ ok: true, snapshot });
      expect(topologySchema.safeParse(JSON.parse(JSON.stringify(topology))).success).toBe(true);
    }));
  });
});

describe('parseSnapshot refuses', () => {
  const NOT = 'This file is not a netatlas snapshot';
  const CANNOT = 'This snapshot cannot be opened';

  it('text that is not JSON, naming it', () => {
    expect(parseSnapshot('{"format": "netatlas.snapshot/1",')).toEqual({ ok: false, message: expect.stringMatching(/^This file is not a netatlas snapshot: it is not valid JSON.* \(.+\)\.$/) });
    expect(parseSnapshot('{\n  "format": "netatlas.snapshot/1",\n  "takenAt": 2026-12-06\n}')).toEqual({ ok: false, message: expect.stringMatching(/^This file is not a netatlas snapshot: it is not valid JSON at line 3, column 18 \(.+\)\.$/) });
    expect(parseSnapshot('<html>')).toEqual({ ok: false, message: expect.stringMatching(/^This file is not a netatlas snapshot: it is not valid JSON \(Unexpected token.*\)\.$/) });
    expect(parseSnapshot('  \n')).toEqual({ ok: false, message: `${NOT}: the file is empty.` });
  });

  it('JSON that is not an object', () => {
    expect(parseSnapshot('[1, 2]')).toEqual({ ok: false, message: `${NOT}: it holds a list, not an object like {"format": "netatlas.snapshot/1", …}.` });
    expect(parseSnapshot('"netatlas.snapshot/1"')).toEqual({ ok: false, message: `${NOT}: it holds a string, not an object like {"format": "netatlas.snapshot/1", …}.` });
    expect(parseSnapshot('null')).toEqual({ ok: false, message: `${NOT}: it holds null, not an object like {"format": "netatlas.snapshot/1", …}.` });
  });

  it('an object without a format', () => {
    expect(refused((s) => delete s.format)).toBe(`${NOT}: it has no "format" (a snapshot says "format": "netatlas.snapshot/1").`);
    expect(parseSnapshot('{"Id": "abc", "Name": "web"}')).toEqual({ ok: false, message: `${NOT}: it has no "format" (a snapshot says "format": "netatlas.snapshot/1").` });
  });

  it('a foreign format', () => {
    expect(refused((s) => { s.format = 'something/else'; })).toBe(`${NOT}: its format is "something/else", not "netatlas.snapshot/1".`);
    expect(refused((s) => { s.format = 1; })).toBe(`${NOT}: its format is 1, not "netatlas.snapshot/1".`);
  });

  it('a newer format, saying a newer netatlas wrote it', () => {
    expect(refused((s) => { s.format = 'netatlas.snapshot/2'; s.topology = { something: 'new' }; })).toBe(
      'This snapshot was written by a newer netatlas (format "netatlas.snapshot/2"); this one reads only "netatlas.snapshot/1", so upgrade netatlas to open it.');
  });

  it('a takenAt that is not an ISO time', () => {
    expect(refused((s) => { s.takenAt = 'yesterday'; })).toBe(`${CANNOT}: takenAt: expected an ISO 8601 time like 2026-12-06T20:10:00.000Z.`);
    expect(refused((s) => { s.takenAt = 1765051800000; })).toBe(`${CANNOT}: takenAt: expected a string, got a number.`);
  });

  it('a netatlasVersion that is not a version', () => {
    expect(refused((s) => { s.netatlasVersion = 'latest'; })).toBe(`${CANNOT}: netatlasVersion: expected a version like 0.1.0.`);
  });

  it('a container in an unknown state, naming where', () => {
    expect(refused((s) => { s.topology.containers[3].state = 'zombie'; })).toBe(
      `${CANNOT}: topology.containers[3].state: expected one of "created", "running", "paused", "restarting", "removing", "exited", "dead" (got "zombie").`);
  });

  it('an endpoint naming a network or a container not in the topology', () => {
    const gone = 'f'.repeat(64);
    expect(refused((s) => { s.topology.endpoints[2].networkId = gone; })).toBe(`${CANNOT}: topology.endpoints[2].networkId: no network has the id "${gone}".`);
    expect(refused((s) => { s.topology.endpoints[0].containerId = 'nope'; })).toBe(`${CANNOT}: topology.endpoints[0].containerId: no container has the id "nope".`);
    expect(refused((s) => { s.topology.networks = s.topology.networks.filter((n: { name: string }) => n.name !== 'bridge'); })).toMatch(
      /^This snapshot cannot be opened: topology\.endpoints\[\d+\]\.networkId: no network has the id "[0-9a-f]{64}" \(and \d+ more problems?\)\.$/);
  });

  it('a container on an engine not in engines', () => {
    expect(refused((s) => { s.topology.containers[1].engineId = 'elsewhere'; })).toBe(`${CANNOT}: topology.containers[1].engineId: no engine has the id "elsewhere".`);
  });

  it('an extra key at the top level, and inside the topology', () => {
    expect(refused((s) => { s.comment = 'hi'; })).toBe(`${CANNOT}: unknown field "comment" at the top level.`);
    expect(refused((s) => { s.topology.containers[0].env = ['PASSWORD=x']; })).toBe(`${CANNOT}: unknown field "env" in topology.containers[0].`);
    expect(refused((s) => { s.topology.engine.token = 'x'; s.topology.engine.user = 'y'; })).toBe(`${CANNOT}: unknown fields "token", "user" in topology.engine.`);
  });

  it('a missing or mistyped field, naming it', () => {
    expect(refused((s) => { delete s.topology.networks[0].dns; })).toBe(`${CANNOT}: topology.networks[0].dns: is missing.`);
    expect(refused((s) => { delete s.topology; })).toBe(`${CANNOT}: topology: is missing.`);
    expect(refused((s) => { s.topology.networks[1].internal = 'no'; })).toBe(`${CANNOT}: topology.networks[1].internal: expected true or false, got a string.`);
    expect(refused((s) => { s.topology.containers[0].labels['com.example/x'] = 5; })).toBe(`${CANNOT}: topology.containers[0].labels["com.example/x"]: expected a string, got a number.`);
    expect(refused((s) => { s.topology.networks[0].subnets = [{ subnet: '10.0.0.0/8', family: 5, gateway: null, ipRange: null }]; })).toBe(
      `${CANNOT}: topology.networks[0].subnets[0].family: expected one of 4, 6 (got 5).`);
    expect(refused((s) => { s.topology.endpoints[0].ipv4PrefixLen = 24.5; })).toBe(`${CANNOT}: topology.endpoints[0].ipv4PrefixLen: expected an integer, got a number.`);
    expect(refused((s) => { s.topology.swarms = [{ clusterId: 'c', engineId: 'default', nodes: [], services: [{}] }]; })).toMatch(
      /^This snapshot cannot be opened: topology\.swarms\[0\]\.services\[0\]\.id: is missing \(and \d+ more problems\)\.$/);
  });

  it('anything at all without throwing, with one sentence', () => {
    const snapshot = JSON.stringify(wrap(shopTopology()));
    const text = fc.oneof(fc.string(), fc.json(), fc.tuple(fc.nat(snapshot.length), fc.string()).map(([i, s]) => snapshot.slice(0, i) + s + snapshot.slice(i + 1)));
    fc.assert(fc.property(text, (t) => {
      const result = parseSnapshot(t);
      if (!result.ok) expect(result.message).toMatch(/^This (file|snapshot) .+\.$/s);
    }));
  });
});

describe('snapshotSchema', () => {
  it('is the schema parseSnapshot checks against', () => {
    expect(snapshotSchema.safeParse(wrap(shopTopology())).success).toBe(true);
    expect(snapshotSchema.safeParse({ ...wrap(shopTopology()), format: 'netatlas.snapshot/2' }).success).toBe(false);
  });
});

describe('the doctor\'s findings in a snapshot', () => {
  // The sample map's: captured from a real engine with the doctor's findings, fix steps among them.
  const withFindings = () => JSON.parse(fs.readFileSync(path.join(__dirname, '../../../public/sample-snapshot.json'), 'utf8')) as Required<Snapshot>;

  it('round-trip as the server writes them, fix steps included', () => {
    const snapshot = withFindings();
    const parsed = parseSnapshot(JSON.stringify(snapshot));
    expect(parsed).toEqual({ ok: true, snapshot });
    expect(snapshot.diagnostics.some((d) => d.fix.steps?.length)).toBe(true);
  });

  it('are refused whole when one does not hold together, naming where', () => {
    const snapshot = withFindings();
    const bad = { ...snapshot, diagnostics: [{ ...snapshot.diagnostics[0], rule: 'made_up' }] };
    expect(parseSnapshot(JSON.stringify(bad))).toEqual({ ok: false, message: expect.stringMatching(/^This snapshot cannot be opened: diagnostics\[0\]\.rule: expected one of "name_on_default_bridge", .+ \(got "made_up"\)\.$/) });
    const extra = { ...snapshot, diagnostics: [{ ...snapshot.diagnostics[0], env: 'DB_HOST=localhost' }] };
    expect(parseSnapshot(JSON.stringify(extra))).toEqual({ ok: false, message: 'This snapshot cannot be opened: unknown field "env" in diagnostics[0].' });
  });
});
