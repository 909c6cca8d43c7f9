import { describe, expect, it } from 'vitest';
import type { Reachability, ReachabilityMatrix } from '../analysis/reachability-types';
import { buildTopology } from '../topology/build-topology';
import { fixtureSnapshot, idOf, nameOf } from '../topology/__fixtures__/engine-fixture';
import { answerReachability } from './answer-reachability';
import { AppError } from '../errors/app-error';
import { httpStatus } from './error-status';

const topology = buildTopology(fixtureSnapshot());
const names = (m: ReachabilityMatrix) => m.containers.map((c) => c.name);
const error = (run: () => unknown) => {
  try {
    run();
  } catch (err) {
    if (err instanceof AppError) return { code: err.code, status: httpStatus(err), message: err.message };
    throw err;
  }
  throw new Error('no error');
};

describe('answerReachability (captured topology)', () => {
  it('resolves a pair by exact name, /name or full id', () => {
    const byName = answerReachability(topology, { kind: 'pair', from: nameOf('web'), to: `/${nameOf('api')}` }) as Reachability;
    const byId = answerReachability(topology, { kind: 'pair', from: idOf('web'), to: idOf('api') }) as Reachability;
    expect(byName).toEqual(byId);
    expect(byName.reachable).toBe(true);
  });

  it('404 naming the unknown container; a prefix of a name or id never matches', () => {
    expect(error(() => answerReachability(topology, { kind: 'pair', from: nameOf('web'), to: 'nope' }))).toEqual({
      code: 'not_found', status: 404, message: 'No container "nope" on this engine (give its full id or exact name).',
    });
    expect(error(() => answerReachability(topology, { kind: 'pair', from: nameOf('web').slice(0, -1), to: nameOf('api') })).status).toBe(404);
    expect(error(() => answerReachability(topology, { kind: 'containers', refs: [nameOf('web'), idOf('api').slice(0, 12)] })).message).toContain(idOf('api').slice(0, 12));
  });

  it('a matrix of named containers, in the given order', () => {
    const m = answerReachability(topology, { kind: 'containers', refs: [nameOf('db'), nameOf('api')] }) as ReachabilityMatrix;
    expect(names(m)).toEqual([nameOf('db'), nameOf('api')]);
    expect(m.cells[1][0].reachable).toBe(true);
  });

  it('a network’s matrix: its containers and those living in their stack (sidecar in api’s)', () => {
    const m = answerReachability(topology, { kind: 'network', ref: nameOf('app-net') }) as ReachabilityMatrix;
    expect(names(m).sort()).toEqual([nameOf('api'), nameOf('cache'), nameOf('sidecar'), nameOf('stopped'), nameOf('web')].sort());
    expect(answerReachability(topology, { kind: 'network', ref: idOf('back-net') })).toMatchObject({ containers: expect.arrayContaining([{ id: idOf('db'), name: nameOf('db') }]) });
    expect(error(() => answerReachability(topology, { kind: 'network', ref: 'nope' }))).toMatchObject({ status: 404, message: 'No network "nope" on this engine (give its full id or exact name).' });
  });

  it('a compose project’s matrix; 404 for a project with no container', () => {
    const t = { ...topology, containers: topology.containers.map((c) => (c.id === idOf('web') || c.id === idOf('db') ? { ...c, compose: { project: 'shop', service: 'x' } } : c)) };
    expect(names(answerReachability(t, { kind: 'project', name: 'shop' }) as ReachabilityMatrix).sort()).toEqual([nameOf('db'), nameOf('web')].sort());
    expect(error(() => answerReachability(t, { kind: 'project', name: 'nope' }))).toMatchObject({ status: 404, message: 'No container of a compose project "nope" on this engine.' });
  });

  it('400 for a network with more containers than a matrix takes', () => {
    const web = topology.containers.find((c) => c.id === idOf('web'))!;
    const many = Array.from({ length: 61 }, (_, i) => ({ ...web, id: i.toString(16).padStart(64, 'e'), name: `w${i}` }));
    const t = { ...topology, containers: [...topology.containers, ...many], endpoints: [...topology.endpoints, ...many.map((c) => ({ ...topology.endpoints.find((e) => e.containerId === web.id)!, containerId: c.id }))] };
    expect(error(() => answerReachability(t, { kind: 'network', ref: nameOf('app-net') }))).toMatchObject({ status: 400, message: expect.stringContaining('has 66 containers; a matrix takes at most 60') });
  });
});
