import type Docker from 'dockerode';
import { containerName } from '../topology/to-container';

/** A container or network as a lab sees it: by name, with its labels. */
export interface NamedResource {
  id: string;
  name: string;
  labels: Record<string, string>;
}

/** The containers and networks that hold any of these exact names (`GET /containers/json?all=1`, `GET /networks`). */
export async function findNamed(docker: Docker, names: { containers: string[]; networks: string[] }): Promise<{ containers: NamedResource[]; networks: NamedResource[] }> {
  const [containers, networks] = await Promise.all([docker.listContainers({ all: true }), docker.listNetworks()]);
  return {
    containers: containers
      .map((c) => ({ id: c.Id, name: containerName(c), labels: c.Labels ?? {} }))
      .filter((c) => names.containers.includes(c.name)),
    networks: networks
      .map((n) => ({ id: n.Id, name: n.Name, labels: n.Labels ?? {} }))
      .filter((n) => names.networks.includes(n.name)),
  };
}

export interface LabContainerSpec {
  name: string;
  image: string;
  cmd: string[];
  labels: Record<string, string>;
}

const MiB = 1024 * 1024;

/**
 * Creates and starts a lab's container on the default bridge: the given command (a listener or a
 * sleep) and nothing else of the host's: no mounts, no published ports, no outside DNS, bounded memory
 * and processes.
 */
export async function startLabContainer(docker: Docker, spec: LabContainerSpec): Promise<string> {
  const created = await docker.createContainer({
    name: spec.name,
    Image: spec.image,
    Cmd: spec.cmd,
    Labels: spec.labels,
    HostConfig: {
      NetworkMode: 'bridge',
      // Names resolve only through Docker's embedded DNS: what it does not know goes to 127.0.0.1 in the
      // container, where nothing answers. No resolver outside (a search domain with a `db` in it) can make a
      // name resolve that the lesson says cannot, and no lookup leaves the machine.
      Dns: ['127.0.0.1'],
      Binds: [],
      Memory: 32 * MiB,
      MemorySwap: 32 * MiB,
      PidsLimit: 64,
      RestartPolicy: { Name: 'no' },
    },
  });
  await docker.getContainer(created.id).start();
  return created.id;
}

/** The containers and networks that carry `label=value`. */
export async function findLabelled(docker: Docker, label: string, value: string): Promise<{ containers: NamedResource[]; networks: NamedResource[] }> {
  const filters = JSON.stringify({ label: [`${label}=${value}`] });
  const [containers, networks] = await Promise.all([docker.listContainers({ all: true, filters }), docker.listNetworks({ filters })]);
  return {
    containers: containers.map((c) => ({ id: c.Id, name: containerName(c), labels: c.Labels ?? {} })),
    networks: networks.map((n) => ({ id: n.Id, name: n.Name, labels: n.Labels ?? {} })),
  };
}

/** `DELETE /containers/{id}?force=1`; a container already gone is fine. */
export async function removeContainerForced(docker: Docker, id: string): Promise<void> {
  try {
    await docker.getContainer(id).remove({ force: true });
  } catch (err) {
    if ((err as { statusCode?: number }).statusCode !== 404) throw err;
  }
}
