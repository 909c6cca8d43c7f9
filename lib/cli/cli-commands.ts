import type { Container, EngineEntry, Network } from '../topology/types';

/** Where a command goes: an engine's address, and the context it came from when it came from one. */
export type CliTarget = { host: string; source?: EngineEntry['source']; name?: string };

const DEFAULT_HOSTS = new Set(['unix:///var/run/docker.sock', '']);

/** Single-quotes a shell word unless it is made of safe characters only. */
export function sh(word: string): string {
  return /^[A-Za-z0-9_.:/@=-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** `docker`, with `--context` for an engine from a CLI context, `-H` for any other but the default socket. */
export function dockerCli(engine: CliTarget | undefined): string {
  if (engine?.source === 'context' && engine.name) return `docker --context ${sh(engine.name)}`;
  return engine && !DEFAULT_HOSTS.has(engine.host) ? `docker -H ${sh(engine.host)}` : 'docker';
}

/** The `docker` commands that show the same facts as the network panel. */
export function networkCliCommands(network: Network, engine?: CliTarget): string[] {
  return [`${dockerCli(engine)} network inspect ${sh(network.name)}`];
}

/** The `docker` commands that show the same facts as the container panel. */
export function containerCliCommands(container: Container, engine?: CliTarget): string[] {
  const d = dockerCli(engine);
  return [
    `${d} inspect ${sh(container.name)} --format '{{json .NetworkSettings.Networks}}'`,
    `${d} port ${sh(container.name)}`,
  ];
}
