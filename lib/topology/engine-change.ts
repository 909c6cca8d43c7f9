/** A change the engine reported, reduced to what the map needs (what kind, which ids). */
export type EngineChange =
  | {
      kind: 'container';
      /** create, start, die, destroy, rename, pause, unpause */
      action: string;
      /** Engine time in ms since the epoch. */
      time: number;
      containerId: string;
      containerName: string | null;
      oldName?: string;
    }
  | {
      kind: 'network';
      /** create, destroy, connect, disconnect */
      action: string;
      time: number;
      networkId: string;
      networkName: string | null;
      /** The container that connected or disconnected, when the action has one. */
      containerId: string | null;
    }
  | {
      /** A swarm service or node (only a manager reports these); tasks show up as container changes. */
      kind: 'swarm';
      /** create, update, remove */
      action: string;
      time: number;
      object: 'service' | 'node';
      objectId: string;
      objectName: string | null;
      containerId: null;
    };

/** Where the server stands with one engine's event stream. */
export type LinkState = 'connecting' | 'live' | 'reconnecting' | 'unreachable';

/** One line of the activity list, with names resolved where the server knew them. */
export interface ActivityEntry {
  seq: number;
  time: number;
  kind: 'container' | 'network' | 'swarm';
  action: string;
  containerId: string | null;
  containerName: string | null;
  networkId: string | null;
  networkName: string | null;
  /** A sentence for people: "api connected to backend". */
  text: string;
  /** The engine it happened on (set when the server watches several). */
  engineId?: string;
}
