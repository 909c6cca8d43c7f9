import type { EngineChange } from '../topology/engine-change';
import type { RawEvent } from '../wire/raw-event';

// 'stop' and 'kill' always come with 'die'; 'restart' with 'die' + 'start'.
const CONTAINER_ACTIONS = new Set(['create', 'start', 'die', 'destroy', 'rename', 'pause', 'unpause']);
const NETWORK_ACTIONS = new Set(['create', 'destroy', 'connect', 'disconnect', 'remove']);
const SWARM_ACTIONS = new Set(['create', 'update', 'remove']);

/** The engine filter for the subscription: only what can change the map. */
export const EVENT_FILTERS = { type: ['container', 'network', 'service', 'node'] as Array<'container' | 'network' | 'service' | 'node'> };

/**
 * Reshapes one engine event into an {@link EngineChange}, or null for events that cannot change the
 * map (exec, attach, health checks, ...). Names come from the event's attributes when it has them.
 */
export function toEngineChange(raw: RawEvent): EngineChange | null {
  const action = (raw.Action ?? '').split(':')[0];
  const attrs = raw.Actor?.Attributes ?? {};
  const id = raw.Actor?.ID ?? '';
  const time = raw.timeNano ? Math.floor(raw.timeNano / 1e6) : (raw.time ?? 0) * 1000;
  if (raw.Type === 'container' && CONTAINER_ACTIONS.has(action)) {
    return {
      kind: 'container', action, time, containerId: id, containerName: attrs.name ?? null,
      ...(action === 'rename' && attrs.oldName ? { oldName: attrs.oldName.replace(/^\//, '') } : {}),
    };
  }
  if (raw.Type === 'network' && NETWORK_ACTIONS.has(action)) {
    return {
      kind: 'network', action: action === 'remove' ? 'destroy' : action, time, networkId: id,
      networkName: attrs.name ?? null, containerId: attrs.container ?? null,
    };
  }
  if ((raw.Type === 'service' || raw.Type === 'node') && SWARM_ACTIONS.has(action)) {
    return { kind: 'swarm', action, time, object: raw.Type, objectId: id, objectName: attrs.name ?? null, containerId: null };
  }
  return null;
}

/** Same change, same ids: engine 20.10 emits each network disconnect twice, ~3 ms apart. */
export function sameChange(a: EngineChange, b: EngineChange): boolean {
  return a.kind === b.kind && a.action === b.action && a.containerId === b.containerId &&
    (a.kind !== 'network' || b.kind !== 'network' || a.networkId === b.networkId) && Math.abs(a.time - b.time) < 250;
}
