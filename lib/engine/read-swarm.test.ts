import type Docker from 'dockerode';
import { describe, expect, it, vi } from 'vitest';
import { swarmCapture } from '../topology/__fixtures__/swarm-fixture';
import { toSwarm } from '../topology/to-swarm';
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
  it('reads the three lists of an active manager and reshapes them', async () => {
    const { client, capture } = fakeDocker(swarmCapture().info.Swarm);
    const swarm = await readSwarm(client, 'h2');
    expect(swarm).toEqual(toSwarm({
      clusterId: capture.info.Swarm.Cluster!.ID!, nodeId: capture.info.Swarm.NodeID!,
      services: capture.services, tasks: capture.tasks, nodes: capture.nodes,
    }, 'h2'));
    expect(swarm?.nodes[0].engineId).toBe('h2');
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
