import type { RawContainerSummary, RawNetwork } from '../wire/raw-types';
import type { EngineChange } from './engine-change';
import { containerName } from './to-container';

/**
 * What the engine's lists must show once a batch of its own events has landed: per container, whether
 * it exists, its state, its name and the networks it joined or left; per network, whether it exists.
 * Only the last word of each kind counts (a restart is die then start: the container runs).
 */
export interface ChangeExpectations {
  /** Containers whose list entries the changes touched: these are read again. */
  containers: Set<string>;
  present: Map<string, boolean>;
  running: Map<string, 'running' | 'paused' | 'stopped'>;
  named: Map<string, string>;
  /** `<container>|<network>` → attached after the changes. */
  attached: Map<string, boolean>;
  networks: Map<string, boolean>;
}

const STATE: Record<string, 'running' | 'paused' | 'stopped' | undefined> = { start: 'running', unpause: 'running', pause: 'paused', die: 'stopped' };

/** The expectations of a batch of changes, in the order they happened. Pure. */
export function toChangeExpectations(changes: readonly EngineChange[]): ChangeExpectations {
  const e: ChangeExpectations = { containers: new Set(), present: new Map(), running: new Map(), named: new Map(), attached: new Map(), networks: new Map() };
  for (const c of changes) {
    if (c.kind === 'container') {
      e.containers.add(c.containerId);
      if (c.action === 'create') e.present.set(c.containerId, true);
      if (c.action === 'destroy') e.present.set(c.containerId, false);
      const state = STATE[c.action];
      if (state) e.running.set(c.containerId, state);
      if (c.action === 'rename' && c.containerName) e.named.set(c.containerId, c.containerName.replace(/^\//, ''));
    } else if (c.kind === 'network') {
      if (c.action === 'create') e.networks.set(c.networkId, true);
      if (c.action === 'destroy') e.networks.set(c.networkId, false);
      if (c.containerId && (c.action === 'connect' || c.action === 'disconnect')) {
        e.containers.add(c.containerId);
        e.attached.set(`${c.containerId}|${c.networkId}`, c.action === 'connect');
      }
    }
  }
  return e;
}

const stateOf = (s: RawContainerSummary) => (s.State === 'running' ? 'running' : s.State === 'paused' ? 'paused' : 'stopped');

/**
 * Whether lists read after the changes show every one of them: the engine announces a change a few
 * milliseconds before its lists show it. `containers` are the entries read for `e.containers`.
 */
export function listsShow(e: ChangeExpectations, containers: readonly RawContainerSummary[], networks: readonly RawNetwork[]): boolean {
  const byId = new Map(containers.map((c) => [c.Id, c]));
  const netIds = new Set(networks.map((n) => n.Id));
  for (const [id, present] of e.present) if (byId.has(id) !== present) return false;
  for (const [id, state] of e.running) {
    const c = byId.get(id);
    if (c && stateOf(c) !== state) return false;
  }
  for (const [id, name] of e.named) {
    const c = byId.get(id);
    if (c && containerName(c) !== name) return false;
  }
  for (const [key, attached] of e.attached) {
    const [id, networkId] = key.split('|');
    const c = byId.get(id);
    // A container removed meanwhile has left every network.
    if (!c) {
      if (attached && e.present.get(id) !== false) return false;
      continue;
    }
    // A stopped container's entry keeps the networks it is configured for (a stop sends a disconnect
    // from each, a connect to a stopped one changes only its configuration): its state says it all.
    if (c.State !== 'running' && c.State !== 'paused') continue;
    const on = Object.values(c.NetworkSettings?.Networks ?? {}).some((n) => n.NetworkID === networkId);
    if (on !== attached) return false;
  }
  for (const [id, present] of e.networks) if (netIds.has(id) !== present) return false;
  return true;
}
