import type { ContainerConfig, ContainerConfigs } from '../analysis/diagnostics/container-config';
import { eachAtMost } from './each-at-most';
import type { EngineClient } from './engine-client';
import { inspectContainer } from './inspect-container';
import { toContainerConfig } from './to-container-config';
import type { RawContainerInspect } from '../wire/raw-types';

/** Configs kept per engine session, by full container id. */
export type KeptConfigs = Map<string, ContainerConfig>;

const fromInspect = (inspect: RawContainerInspect | undefined) => (inspect ? toContainerConfig(inspect) : undefined);

/** Inspects in flight while reading configs not kept yet (the inspect cache's own concurrency). */
const CONCURRENCY = 8;

/**
 * Environment and links of the given containers (the map's, on this engine), by id, for the doctor
 * (server-only; see {@link toContainerConfig}). No list call: the map already names them. A container's
 * environment is fixed when it is created, so its config is read once — from the topology's inspect
 * cache when that has it — and kept (`session.configs`) while the container is on the map. Only one
 * with legacy links is inspected every time: the engine writes a link with the linked container's
 * current name, which a rename changes. At 1,000 containers this takes the doctor from one container
 * list per change (200–300 ms of the engine's time on this machine) to none.
 */
export function readContainerConfigs(client: EngineClient, ids: readonly string[]): Promise<ContainerConfigs> {
  return client.call(async ({ docker, inspects, configs: kept }) => {
    const out: ContainerConfigs = {};
    const missing = ids.filter((id) => {
      // The topology's inspect of it, however old, holds the same environment.
      const seen = kept.get(id) ?? fromInspect(inspects.peek(id));
      if (seen && seen.links.length === 0) {
        out[id] = seen;
        kept.set(id, seen);
      }
      return !out[id];
    });
    await eachAtMost(missing, CONCURRENCY, async (id) => {
      const inspect = await inspectContainer(docker, id);
      if (!inspect) return;
      const config = toContainerConfig(inspect);
      out[id] = config;
      if (config.links.length === 0) kept.set(id, config);
    });
    const shown = new Set(ids);
    for (const id of kept.keys()) if (!shown.has(id)) kept.delete(id);
    return out;
  });
}
