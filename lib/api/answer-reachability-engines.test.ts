import { describe, expect, it } from 'vitest';
import { twoEngines } from '../analysis/__fixtures__/two-engines';
import type { Reachability, ReachabilityMatrix } from '../analysis/reachability-types';
import { ctr } from '../graph/__fixtures__/synthetic-topology';
import { answerReachability } from './answer-reachability';
import { AppError } from '../errors/app-error';
import { httpStatus } from './error-status';

const { topology, c, n } = twoEngines();
const names = (m: ReachabilityMatrix) => m.containers.map((x) => x.name).sort();
const error = (run: () => unknown) => {
  try {
    run();
  } catch (err) {
    if (err instanceof AppError) return { status: httpStatus(err), message: err.message };
    throw err;
  }
  throw new Error('no error');
};

describe('answerReachability on two engines', () => {
  it('a pair may span engines: web (hq) → shop (edge-1) is another host', () => {
    const r = answerReachability(topology, { kind: 'pair', from: 'web', to: 'shop' }) as Reachability;
    expect(r.reasons[0].code).toBe('other_host');
  });

  it('a container name on two engines is refused, naming them; the engine or the full id decides', () => {
    const edgeWeb = ctr(60, 'web', { engineId: 'edge' });
    const t = { ...topology, containers: [...topology.containers, edgeWeb] };
    expect(error(() => answerReachability(t, { kind: 'pair', from: 'web', to: 'api' }))).toEqual({
      status: 400, message: 'Invalid request: there is a container "web" on several engines (hq, edge-1); give its full id, or the engine with ?engine=.',
    });
    expect((answerReachability(t, { kind: 'pair', from: 'web', to: 'shop' }, 'edge') as Reachability).from.id).toBe(edgeWeb.id);
    expect((answerReachability(t, { kind: 'pair', from: edgeWeb.id, to: 'api' }, null) as Reachability).from.id).toBe(edgeWeb.id);
  });

  it('a network name on two engines (`app`) is refused; with the engine, that engine’s `app`', () => {
    expect(error(() => answerReachability(topology, { kind: 'network', ref: 'app' })).message).toContain('network "app" on several engines (hq, edge-1)');
    expect(names(answerReachability(topology, { kind: 'network', ref: 'app' }, 'edge') as ReachabilityMatrix)).toEqual(['pg', 'shop', 'worker']);
    expect(names(answerReachability(topology, { kind: 'network', ref: n.app.id }) as ReachabilityMatrix)).toEqual(['api', 'web']);
  });

  it('a swarm network’s matrix holds its containers of every engine, asked from either', () => {
    expect(names(answerReachability(topology, { kind: 'network', ref: 'mesh' }) as ReachabilityMatrix)).toEqual(['api', 'worker']);
    expect(names(answerReachability(topology, { kind: 'network', ref: 'mesh' }, 'edge') as ReachabilityMatrix)).toEqual(['api', 'worker']);
  });

  it('a compose project deployed on both engines: all of it, or one engine’s part', () => {
    const shop = { project: 'shop', service: 'x' };
    const t = { ...topology, containers: topology.containers.map((x) => (x.id === c.web.id || x.id === c.shop.id ? { ...x, compose: shop } : x)) };
    expect(names(answerReachability(t, { kind: 'project', name: 'shop' }) as ReachabilityMatrix)).toEqual(['shop', 'web']);
    expect(names(answerReachability(t, { kind: 'project', name: 'shop' }, 'default') as ReachabilityMatrix)).toEqual(['web']);
  });
});
