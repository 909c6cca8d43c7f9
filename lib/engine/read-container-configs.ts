import type { ContainerConfigs } from '../analysis/diagnostics/container-config';
import type { EngineClient } from './engine-client';
import { inspectContainer } from './inspect-container';
import type { RawContainerSummary } from '../wire/raw-types';
import { toContainerConfig } from './to-container-config';

/**
 * Environment and links of every container, by id, for the doctor (server-only; see
 * {@link toContainerConfig}). One list call, and inspects from the same cache the topology uses, so
 * a warm read inspects nothing but stopped containers.
 */
export function readContainerConfigs(client: EngineClient): Promise<ContainerConfigs> {
  return client.call(async ({ docker, inspects }) => {
    const containers = (await docker.listContainers({ all: true })) as unknown as RawContainerSummary[];
    const inspected = await inspects.getMany(containers, (id) => inspectContainer(docker, id));
    const configs: ContainerConfigs = {};
    for (const [id, inspect] of Object.entries(inspected)) if (inspect) configs[id] = toContainerConfig(inspect);
    return configs;
  });
}
