import type { Edge, Node } from '@xyflow/react';
import type { Container, Endpoint, EngineEntry, Network, SwarmService, SwarmTask } from '../topology/types';
import type { DiffMark } from './diff-marks';

/** How many of a cluster's members a comparison with a snapshot marked, per kind (see withDiffMarks). */
export type DiffCounts = Record<DiffMark, number>;

/** Data of a network node: drawn as a vertical bus its members attach to. */
export type NetworkNodeData = {
  network: Network;
  /** The overview draws the name larger (it must stay legible with the whole map fitted). */
  level?: MapLevel;
  /** Containers with an endpoint on this network. */
  memberCount: number;
  /** Swarm services with a virtual IP on this network (their name resolves to it; `tasks.<name>` to the tasks). */
  services?: Array<{ name: string; vip: string }>;
  /** Compared with a snapshot: what happened to it since (see withDiffMarks). */
  diff?: DiffMark;
  /** The open lab works with it (see withLabMarks): outlined. */
  lab?: boolean;
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
  /** The swarm task this container runs, and its service (VIP, `tasks.` name), when it is one. */
  task?: { service: SwarmService; task: SwarmTask } | null;
  /** Compared with a snapshot: what happened to it since (removed: drawn as a ghost). */
  diff?: DiffMark;
  /** The open lab works with it (see withLabMarks): outlined. */
  lab?: boolean;
};

/** Data of a host box: one engine's containers and local networks sit inside it. */
export type HostNodeData = {
  engine: EngineEntry;
  containerCount: number;
  networkCount: number;
};

/** Data of a group box: containers on exactly the same set of networks, or of one compose project. */
export type GroupNodeData = {
  label: string;
  count: number;
  /** Members that answer packets, and the ports they publish (the box's summary zoomed out: summarizeGroups). */
  running: number;
  published: number;
  /** Zoomed out into its summary: a member is marked by a comparison, or worked with by the open lab. */
  changed?: boolean;
  lab?: boolean;
  /** The compose project the box is (grouped by project). */
  project?: string;
  /** The host the group sits in, on a map of several engines. */
  engineId?: string;
};

/** Data of a cluster (a collapsed group; every group in the overview): one node with its counts. */
export type ClusterNodeData = {
  /** The networks the group sits on, joined (`frontend + backend`), or why none; a project's name first. */
  label: string;
  count: number;
  running: number;
  /** Published ports of the group's containers. */
  published: number;
  /** A few member names, for the tooltip and the browser's own find. */
  sample: string[];
  /** Every member's container id (a comparison's marks are counted over them). */
  memberIds: string[];
  /** The compose project the cluster is (grouped by project). */
  project?: string;
  /** Collapsed by the user in the container view (drawn at a container's size; a click expands it). */
  inline?: boolean;
  /** The host the group sits in, on a map of several engines. */
  engineId?: string;
  /** Compared with a snapshot: 'changed' when any member is marked, with how many per kind. */
  diff?: DiffMark;
  diffCounts?: DiffCounts;
};

/** Data of a count edge (the overview): how many of a cluster's containers attach to the network. */
export type CountEdgeData = {
  count: number;
  networkName: string;
  /** None of them is running. */
  dimmed: boolean;
};

/** Data of an attachment edge (container endpoint on a network). */
export type EndpointEdgeData = {
  endpoint: Endpoint;
  networkName: string;
  containerName: string;
  /** What the edge says: the IPv4, or why there is none ("host mode", "no network", "stopped"). */
  label: string;
  /** The container's default route leaves through this attachment (shown when it has several networks). */
  route: 'IPv4' | 'IPv6' | 'IPv4+IPv6' | null;
  dimmed: boolean;
  /** Compared with a snapshot: what happened to this attachment since. */
  diff?: DiffMark;
};

/** Data of a `container:<x>` edge: the source shares the target's network stack. */
export type SharedStackEdgeData = {
  label: string;
};

/** React Flow node types (named apart from the components that draw them: components/map/*Node.tsx). */
export type NetworkFlowNode = Node<NetworkNodeData, 'network'>;
export type ContainerFlowNode = Node<ContainerNodeData, 'container'>;
export type GroupFlowNode = Node<GroupNodeData, 'group'>;
export type HostFlowNode = Node<HostNodeData, 'host'>;
export type ClusterFlowNode = Node<ClusterNodeData, 'cluster'>;
export type MapNode = NetworkFlowNode | ContainerFlowNode | GroupFlowNode | HostFlowNode | ClusterFlowNode;

export type EndpointEdge = Edge<EndpointEdgeData, 'endpoint'>;
export type SharedStackEdge = Edge<SharedStackEdgeData, 'sharedStack'>;
export type CountEdge = Edge<CountEdgeData, 'count'>;
export type MapEdge = EndpointEdge | SharedStackEdge | CountEdge;

/** What the map draws: every container (`containers`), or each group collapsed into one cluster (`overview`). */
export type MapLevel = 'overview' | 'containers';

export interface MapGraph {
  level?: MapLevel;
  nodes: MapNode[];
  edges: MapEdge[];
  /** Changes only when the layout must change (nodes or memberships), not on data-only changes. */
  structureKey: string;
  /** How the user arranged the map (grouping, collapsed groups: see viewKey); another arrangement is laid out afresh. */
  view?: string;
  /** How containers are grouped: another grouping is another picture, framed anew. */
  groupBy?: 'network' | 'project';
  /** The container view's open groups as count edges, drawn instead of attachments zoomed out past names (summarizeGroups). */
  groupEdges?: MapEdge[];
}

/** Node ids: stable, typed by prefix so that a network and a container never collide. */
export const networkNodeId = (id: string) => `net:${id}`;
export const containerNodeId = (id: string) => `ctr:${id}`;
export const groupNodeId = (key: string) => `grp:${key}`;
export const hostNodeId = (engineId: string) => `host:${engineId}`;
