import type { Container, EngineInfo, Network } from './types';

const DEFAULT_HOSTS = new Set(['unix:///var/run/docker.sock', '']);

/** Single-quotes a shell word unless it is made of safe characters only. */
export function sh(word: string): string {
  return /^[A-Za-z0-9_.:/@=-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** `docker`, with `-H` when the engine is not the default socket. */
export function dockerCli(engine: EngineInfo | undefined): string {
  return engine && !DEFAULT_HOSTS.has(engine.host) ? `docker -H ${sh(engine.host)}` : 'docker';
}

/** The `docker` commands that show the same facts as the network panel. */
export function networkCliCommands(network: Network, engine?: EngineInfo): string[] {
  return [`${dockerCli(engine)} network inspect ${sh(network.name)}`];
}

/** The `docker` commands that show the same facts as the container panel. */
export function containerCliCommands(container: Container, engine?: EngineInfo): string[] {
  const d = dockerCli(engine);
  return [
    `${d} inspect ${sh(container.name)} --format '{{json .NetworkSettings.Networks}}'`,
    `${d} port ${sh(container.name)}`,
  ];
}
