import type { Endpoint } from '../topology/types';
import type { ConnectResult } from '../api/schemas/action-results';
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

/** What a join asks for besides aliases: fixed addresses, and which endpoint carries the default route (Engine 28+). */
export interface JoinOptions {
  ipv4?: string;
  ipv6?: string;
  gwPriority?: number;
}

type Addresses = Pick<ConnectResult['endpoint'], 'ipv4' | 'ipv6'>;

const addresses = (e: Addresses) => [e.ipv4, e.ipv6].filter(Boolean).join(' and ');
const at = (e: Addresses) => (addresses(e) ? ` as ${addresses(e)}` : '');

/** Aliases the user gave, without the short id the engine (API < 1.45) adds by itself. */
function ownAliases(endpoint: Endpoint): string[] {
  return endpoint.aliases.filter((a) => a !== endpoint.containerId.slice(0, 12));
}

/** Joins the network, sending only what was asked; resolves to the endpoint the engine made. */
async function join(ref: EndpointRef, aliases: string[], { ipv4, ipv6, gwPriority }: JoinOptions = {}): Promise<ConnectResult['endpoint']> {
  const body = {
    container: ref.containerId,
    ...(aliases.length ? { aliases } : {}),
    ...(ipv4 ? { ipv4 } : {}),
    ...(ipv6 ? { ipv6 } : {}),
    ...(gwPriority !== undefined ? { gwPriority } : {}),
  };
  return (await networkActions.connect(ref.engineId, ref.networkId, body)).endpoint;
}

/** A join's outcome: where it got which addresses; undo leaves again. */
function joined(ref: EndpointRef, verb: string, endpoint: Addresses, note = ''): ActionOutcome {
  return {
    text: `${verb} ${ref.containerName} to ${ref.networkName}${at(endpoint)}${note}.`,
    undo: { label: `disconnect ${ref.containerName} from ${ref.networkName}`, run: () => disconnect(ref, null) },
  };
}

/** `docker network connect`; undo disconnects again. */
export async function connect(ref: EndpointRef, aliases: string[], options: JoinOptions = {}): Promise<ActionOutcome> {
  return joined(ref, 'Connected', await join(ref, aliases, options));
}

/**
 * The addresses to ask for again, most first: both, then the IPv4 alone (the engine fixes an address
 * only where the user configured that family's subnet, and an IPv6 subnet is often the engine's own),
 * then none.
 */
function addressTries(before: Endpoint): JoinOptions[] {
  const ipv4 = before.ipv4 ?? undefined;
  const ipv6 = before.ipv6 ?? undefined;
  return [...(ipv4 || ipv6 ? [{ ipv4, ipv6 }] : []), ...(ipv4 && ipv6 ? [{ ipv4 }] : []), {}];
}

const refusedAddress = (err: unknown) => err instanceof ApiError && (err.status === 400 || err.status === 409);

/** Joins with the first of `tries` the engine accepts; a refused address moves on to the next. */
async function joinFirst(ref: EndpointRef, aliases: string[], [first, ...rest]: JoinOptions[]): Promise<ConnectResult['endpoint']> {
  try {
    return await join(ref, aliases, first);
  } catch (err) {
    if (rest.length === 0 || !refusedAddress(err)) throw err;
    return joinFirst(ref, aliases, rest);
  }
}

/**
 * Reconnects with the aliases, addresses (IPv4 and IPv6) and gateway priority the endpoint had. The
 * engine keeps a chosen address only on a network created with a subnet, and only while it is free;
 * otherwise the container rejoins with whatever addresses the engine gives (and its priority), and the
 * outcome says so. A priority of 0 is the default, and all an engine before API 1.48 reports: not sent.
 */
async function reconnect(ref: EndpointRef, before: Endpoint): Promise<ActionOutcome> {
  const priority = before.gwPriority ? { gwPriority: before.gwPriority } : {};
  const got = await joinFirst(ref, ownAliases(before), addressTries(before).map((fixed) => ({ ...fixed, ...priority })));
  const moved = (before.ipv4 && got.ipv4 !== before.ipv4) || (before.ipv6 && got.ipv6 !== before.ipv6);
  return joined(ref, 'Reconnected', got, moved ? ` (it had ${addresses(before)} before)` : '');
}

/** `docker network disconnect`; undo reconnects with the same aliases (and addresses and priority when it can). */
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
 * a network in between. Undo moves it back the same way (the old endpoint's addresses and priority).
 */
export async function move(to: EndpointRef, from: EndpointRef, fromEndpoint: Endpoint, aliases: string[], options: JoinOptions = {}): Promise<ActionOutcome> {
  const endpoint = await join(to, aliases, options);
  try {
    await networkActions.disconnect(from.engineId, from.networkId, { container: from.containerId });
  } catch (err) {
    // Half done is worth saying: it is on both networks now.
    if (err instanceof Error) err.message = `${to.containerName} joined ${to.networkName}${at(endpoint)}, but leaving ${from.networkName} failed: ${err.message}`;
    throw err;
  }
  return {
    text: `Moved ${to.containerName} from ${from.networkName} to ${to.networkName}${at(endpoint)}.`,
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
