import type { Edge, Node } from '@xyflow/react';
import type { Container, Endpoint, Network } from '../topology/types';

/** Data of a network node: drawn as a vertical bus its members attach to. */
export type NetworkNodeData = {
  network: Network;
  /** Containers with an endpoint on this network. */
  memberCount: number;
};

/** Data of a container node. */
export type ContainerNodeData = {
  container: Container;
  /** Not running: drawn dimmed (it keeps its configured networks but has no IP). */
  dimmed: boolean;
  /** Network names it is attached to, for the tooltip and search. */
  networkNames: string[];
  /** Name of the container whose network stack it shares (`container:<x>` mode), else null. */
  sharesWith: string | null;
};

/** Data of a group box: containers that sit on exactly the same set of networks. */
export type GroupNodeData = {
  label: string;
  count: number;
};

/** Data of an attachment edge (container endpoint on a network). */
export type EndpointEdgeData = {
  endpoint: Endpoint;
  networkName: string;
  containerName: string;
  /** What the edge says: the IPv4, or why there is none ("host mode", "no network", "stopped"). */
  label: string;
  dimmed: boolean;
};

/** Data of a `container:<x>` edge: the source shares the target's network stack. */
export type SharedStackEdgeData = {
  label: string;
};

export type NetworkNode = Node<NetworkNodeData, 'network'>;
export type ContainerNode = Node<ContainerNodeData, 'container'>;
export type GroupNode = Node<GroupNodeData, 'group'>;
export type MapNode = NetworkNode | ContainerNode | GroupNode;

export type EndpointEdge = Edge<EndpointEdgeData, 'endpoint'>;
export type SharedStackEdge = Edge<SharedStackEdgeData, 'sharedStack'>;
export type MapEdge = EndpointEdge | SharedStackEdge;

export interface MapGraph {
  nodes: MapNode[];
  edges: MapEdge[];
  /** Changes only when the layout must change (nodes or memberships), not on data-only changes. */
  structureKey: string;
}

/** Node ids: stable, typed by prefix so that a network and a container never collide. */
export const networkNodeId = (id: string) => `net:${id}`;
export const containerNodeId = (id: string) => `ctr:${id}`;
export const groupNodeId = (key: string) => `grp:${key}`;
