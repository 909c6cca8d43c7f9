import type { Topology } from './types';

/** What the header says of the map on screen: which engine (or how many hosts) and how much is on it. */
export interface EngineFacts {
  /** Hosts on the map; with more than one the header names how many answer instead of one engine. */
  hosts: number;
  live: number;
  name: string;
  serverVersion: string;
  /** The API version netatlas speaks with the engine, the engine's own, and the oldest it accepts. */
  apiVersion: string;
  engineApiVersion?: string;
  minApiVersion?: string;
  host: string;
  networks: number;
  containers: number;
  running: number;
  endpoints: number;
}

/**
 * The header's facts of a map. Small and plain, so the server can send them with the page: the header
 * names the engine from the first paint, before the page's own first read. Pure.
 */
export function engineFacts(t: Topology): EngineFacts {
  const { engine } = t;
  return {
    hosts: t.engines.length,
    live: t.engines.filter((e) => e.state === 'live').length,
    name: engine.name,
    serverVersion: engine.serverVersion,
    apiVersion: engine.apiVersion,
    ...(engine.engineApiVersion ? { engineApiVersion: engine.engineApiVersion } : {}),
    ...(engine.minApiVersion ? { minApiVersion: engine.minApiVersion } : {}),
    host: engine.host,
    networks: t.networks.length,
    containers: t.containers.length,
    running: t.containers.filter((c) => c.state === 'running').length,
    endpoints: t.endpoints.length,
  };
}
