import type { Container, Endpoint, Network, Topology } from '../topology/types';
import { engineAddress, engineName } from './engine-address';
import { answersPackets } from '../topology/container-state';
import { isDefaultBridge } from '../topology/default-bridge';
import { stackOwner } from '../topology/stack-owner';

/** How a container's network stack is attached, seen through its stack's owner (`container:<x>`). */
export type StackMode = 'host' | 'none' | 'networks';

/** An attachment of a container's stack to a network that containers can talk over. */
export interface Attachment {
  network: Network;
  endpoint: Endpoint;
}

/** `com.docker.network.bridge.enable_icc=false`: the bridge drops traffic between its containers. */
const ICC_OPTION = 'com.docker.network.bridge.enable_icc';

/**
 * Lookups the reachability rules need, built once per topology (a matrix asks many pairs): each
 * container's stack owner, and the attachments of that stack. A `container:<x>` container has no
 * endpoint of its own; it lives in x's stack and so has x's addresses and names.
 */
export class ReachContext {
  private readonly containers: Map<string, Container>;
  private readonly networks: Map<string, Network>;
  private readonly endpoints = new Map<string, Endpoint[]>();

  constructor(readonly topology: Topology) {
    this.containers = new Map(topology.containers.map((c) => [c.id, c]));
    this.networks = new Map(topology.networks.map((n) => [n.id, n]));
    for (const e of topology.endpoints) this.endpoints.set(e.containerId, [...(this.endpoints.get(e.containerId) ?? []), e]);
  }

  /** The container with this full id; an unknown id is a caller's bug (refs are resolved before). */
  container(id: string): Container {
    const c = this.containers.get(id);
    if (!c) throw new Error(`No container ${id} in the topology.`);
    return c;
  }

  has(id: string): boolean {
    return this.containers.has(id);
  }

  /**
   * The container whose network stack `c` lives in: itself, or the end of its `container:<x>` chain.
   * The chain never leaves the engine: a network namespace is one kernel's.
   */
  owner(c: Container): Container {
    return stackOwner(c, this.containers);
  }

  /** Whether both run on one engine (one host): only then do its bridges, host stack and ports join them. */
  sameEngine(a: Container, b: Container): boolean {
    return a.engineId === b.engineId;
  }

  /** The engine's name, for words. */
  engineName(engineId: string): string {
    return engineName(this.topology, engineId);
  }

  /** Where other hosts reach this engine's host (see {@link engineAddress}); null when unknown. */
  engineAddress(engineId: string): string | null {
    return engineAddress(this.topology, engineId);
  }

  /** Whether the container's processes run (a paused container's are frozen: nothing sends or answers). */
  answersPackets(c: Container): boolean {
    return answersPackets(c.state);
  }

  mode(c: Container): StackMode {
    const owner = this.owner(c);
    if (owner.networkMode === 'host') return 'host';
    return this.attachments(c).length === 0 ? 'none' : 'networks';
  }

  /** The networks the container's stack is on, where containers talk (not host or none), with its endpoint. */
  attachments(c: Container): Attachment[] {
    return (this.endpoints.get(this.owner(c).id) ?? [])
      .map((endpoint) => ({ endpoint, network: this.networks.get(endpoint.networkId) }))
      .filter((a): a is Attachment => !!a.network && a.network.driver !== 'host' && a.network.driver !== 'null');
  }

  /** Attachments to a local bridge with an address of either family (the host has an address on it: the gateway, and routes to it). */
  bridgeAttachments(c: Container): Attachment[] {
    return this.attachments(c).filter((a) => a.network.driver === 'bridge' && (a.endpoint.ipv4 || a.endpoint.ipv6));
  }

  /** Whether containers on this network can talk to each other at all (swarm's ingress and icc=false cannot). */
  allowsPeers(n: Network): boolean {
    return !n.ingress && n.options[ICC_OPTION] !== 'false';
  }

  /** The engine's default `bridge`, where the embedded DNS does not serve. */
  isDefaultBridge(n: Network): boolean {
    return isDefaultBridge(n);
  }

  /**
   * The host's address on this attachment's bridge: the endpoint's gateway, else the subnet's; the
   * IPv4 one where there is one, else the IPv6 one (an IPv6-only bridge).
   */
  gateway(a: Attachment): string | null {
    const subnet = (family: 4 | 6) => a.network.subnets.find((s) => s.family === family && s.gateway)?.gateway;
    return a.endpoint.gateway ?? subnet(4) ?? a.endpoint.ipv6Gateway ?? subnet(6) ?? null;
  }

  /** The names of the networks the container's stack is on, for messages. */
  networkNames(c: Container): string[] {
    return this.attachments(c).map((a) => a.network.name);
  }
}
