import type { Endpoint } from '../topology/types';
import type { ActionOutcome } from './action-outcome';
import { ApiError } from './fetch-json';
import { networkActions } from './network-actions';

/** Who and where, by id (what the API gets) and by name (what the user reads). */
export interface EndpointRef {
  /** The engine both live on (a container joins only networks its own engine knows). */
  engineId: string;
  containerId: string;
  containerName: string;
  networkId: string;
  networkName: string;
}

const at = (ip: string | null) => (ip ? ` as ${ip}` : '');

/** Aliases the user gave, without the short id the engine (API < 1.45) adds by itself. */
function ownAliases(endpoint: Endpoint): string[] {
  return endpoint.aliases.filter((a) => a !== endpoint.containerId.slice(0, 12));
}

/** Joins the network; resolves to the address the engine gave. */
async function join(ref: EndpointRef, aliases: string[], ipv4?: string): Promise<string | null> {
  const body = { container: ref.containerId, ...(aliases.length ? { aliases } : {}), ...(ipv4 ? { ipv4 } : {}) };
  return (await networkActions.connect(ref.engineId, ref.networkId, body)).endpoint.ipv4;
}

/** A join's outcome: where it got which address; undo leaves again. */
function joined(ref: EndpointRef, verb: string, ip: string | null, note = ''): ActionOutcome {
  return {
    text: `${verb} ${ref.containerName} to ${ref.networkName}${at(ip)}${note}.`,
    undo: { label: `disconnect ${ref.containerName} from ${ref.networkName}`, run: () => disconnect(ref, null) },
  };
}

/** `docker network connect`; undo disconnects again. */
export async function connect(ref: EndpointRef, aliases: string[], ipv4?: string): Promise<ActionOutcome> {
  return joined(ref, 'Connected', await join(ref, aliases, ipv4));
}

/**
 * Reconnects with the aliases and address the endpoint had. The engine keeps a chosen address only
 * on a network created with a subnet, and only while it is free; otherwise the container rejoins
 * with whatever address the engine gives, and the outcome says so.
 */
async function reconnect(ref: EndpointRef, before: Endpoint): Promise<ActionOutcome> {
  const aliases = ownAliases(before);
  if (before.ipv4) {
    try {
      return joined(ref, 'Reconnected', await join(ref, aliases, before.ipv4));
    } catch (err) {
      if (!(err instanceof ApiError) || (err.status !== 400 && err.status !== 409)) throw err;
    }
  }
  const ip = await join(ref, aliases);
  return joined(ref, 'Reconnected', ip, before.ipv4 && ip !== before.ipv4 ? ` (it had ${before.ipv4} before)` : '');
}

/** `docker network disconnect`; undo reconnects with the same aliases (and address when it can). */
export async function disconnect(ref: EndpointRef, before: Endpoint | null): Promise<ActionOutcome> {
  const r = await networkActions.disconnect(ref.engineId, ref.networkId, { container: ref.containerId });
  if (!r.changed) return { text: `${ref.containerName} was already disconnected from ${ref.networkName}.` };
  return {
    text: `Disconnected ${ref.containerName} from ${ref.networkName}.`,
    undo: before ? { label: `reconnect ${ref.containerName} to ${ref.networkName}`, run: () => reconnect(ref, before) } : undefined,
  };
}

/**
 * Move: connect to the new network first, then leave the old one, so the container is never without
 * a network in between. Undo moves it back the same way.
 */
export async function move(to: EndpointRef, from: EndpointRef, fromEndpoint: Endpoint, aliases: string[], ipv4?: string): Promise<ActionOutcome> {
  const ip = await join(to, aliases, ipv4);
  try {
    await networkActions.disconnect(from.engineId, from.networkId, { container: from.containerId });
  } catch (err) {
    // Half done is worth saying: it is on both networks now.
    if (err instanceof Error) err.message = `${to.containerName} joined ${to.networkName}${at(ip)}, but leaving ${from.networkName} failed: ${err.message}`;
    throw err;
  }
  return {
    text: `Moved ${to.containerName} from ${from.networkName} to ${to.networkName}${at(ip)}.`,
    undo: {
      label: `move ${to.containerName} back to ${from.networkName}`,
      run: async () => {
        await reconnect(from, fromEndpoint);
        await networkActions.disconnect(to.engineId, to.networkId, { container: to.containerId });
        return { text: `Moved ${to.containerName} back to ${from.networkName}.` };
      },
    },
  };
}
