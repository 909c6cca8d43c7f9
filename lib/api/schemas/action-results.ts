/**
 * What the network actions answer (docs/api.md): the contract the routes send and the browser's calls
 * read, so neither imports the other's side.
 */

/** An engine object a mutation touched, by full id and name (what the UI and the audit line show). */
export interface ObjectRef {
  id: string;
  name: string;
}

/** POST /api/networks/{id}/connect. */
export interface ConnectResult {
  network: ObjectRef;
  container: ObjectRef;
  /** The new endpoint as the engine reports it right after the connect. */
  endpoint: {
    ipv4: string | null;
    /** Null without IPv6 on the network. */
    ipv6: string | null;
    /** `GwPriority` as the engine stored it; 0 where the engine does not report it (API < 1.48). */
    gwPriority: number;
    aliases: string[];
  };
}

/** POST /api/networks/{id}/disconnect. */
export interface DisconnectResult {
  network: ObjectRef;
  container: ObjectRef;
  /** False when the container was not connected: the wanted state already held. */
  changed: boolean;
}
