/**
 * What the doctor reads from a container's configuration besides the topology: its environment and
 * legacy links. Read on the server only (lib/engine/read-container-configs.ts) and never part of the
 * Topology or of any response: environment values can hold passwords. Rules may name a variable,
 * never repeat its value.
 */
export interface ContainerConfig {
  /** `Config.Env` as [name, value] pairs, in the engine's order. */
  env: Array<[name: string, value: string]>;
  /** `--link other:alias` (`HostConfig.Links`): the linked container's name and the alias it is known by. */
  links: Array<{ container: string; alias: string }>;
}

/** Container configs by full container id; a container without an entry has no env and no links. */
export type ContainerConfigs = Record<string, ContainerConfig>;
