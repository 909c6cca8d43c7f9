import type Docker from 'dockerode';
import { describe, expect, it, vi } from 'vitest';
import { swarmCapture } from '../topology/__fixtures__/swarm-fixture';
import { readSwarm } from './read-swarm';

/** A stand-in for a negotiated dockerode client answering with the captured swarm (or as told). */
function fakeDocker(swarm: object, lists: { services?: () => Promise<unknown> } = {}) {
  const capture = swarmCapture();
  const docker = {
    info: vi.fn(async () => ({ ...capture.info, Swarm: swarm })),
    listServices: vi.fn(lists.services ?? (async () => capture.services)),
    listTasks: vi.fn(async () => capture.tasks),
    listNodes: vi.fn(async () => capture.nodes),
  };
  return { docker, client: docker as unknown as Docker, capture };
}

describe('readSwarm', () => {
  it('reads the three lists of an active manager: the swarm as the capture holds it, nodes stamped with the engine', async () => {
    const { client, capture } = fakeDocker(swarmCapture().info.Swarm);
    const swarm = await readSwarm(client, 'h2');
    expect(swarm?.clusterId).toBe(capture.info.Swarm.Cluster!.ID);
    expect(swarm?.engineId).toBe('h2');
    // What the captured engine said, field by field (not the reshaper's own output fed back).
    expect(swarm?.services.map((svc) => svc.name).sort()).toEqual(capture.services.map((svc) => svc.Spec!.Name!).sort());
    // Every task but the retired ones (shut down, and meant to be): a failed task stays, with its error.
    const live = capture.tasks.filter((t) => !(t.Status?.State === 'shutdown' && t.DesiredState === 'shutdown'));
    expect(live.length).toBe(capture.tasks.length - 1);
    expect(swarm?.services.flatMap((svc) => svc.tasks).map((t) => t.id).sort()).toEqual(live.map((t) => t.ID!).sort());
    expect(swarm?.nodes.map((n) => [n.id, n.hostname])).toEqual(capture.nodes.map((n) => [n.ID, n.Description!.Hostname]));
    // The manager's own node is this engine; a node netatlas is not connected to would say null.
    expect(swarm?.nodes.find((n) => n.id === capture.info.Swarm.NodeID)?.engineId).toBe('h2');
  });

  it('is null outside a swarm and on a worker, without asking for the lists', async () => {
    for (const state of [{ LocalNodeState: 'inactive', ControlAvailable: false }, { LocalNodeState: 'active', ControlAvailable: false }, { LocalNodeState: 'pending' }]) {
      const { docker, client } = fakeDocker(state);
      expect(await readSwarm(client, 'h2')).toBeNull();
      expect(docker.listServices).not.toHaveBeenCalled();
    }
  });

  it('is null, not an error, when the node left the swarm between the info and the lists (503)', async () => {
    const left = Object.assign(new Error('(HTTP code 503) unexpected - This node is not a swarm manager.'), { statusCode: 503 });
    const { client } = fakeDocker(swarmCapture().info.Swarm, { services: async () => { throw left; } });
    await expect(readSwarm(client, 'h2')).resolves.toBeNull();
  });
});
