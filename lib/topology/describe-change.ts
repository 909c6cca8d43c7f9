import type { EngineChange } from './engine-change';

const q = (name: string | null | undefined, id: string | null | undefined) => name || (id ? id.slice(0, 12) : '?');

/** A sentence for the activity list, or null for changes not worth a line (they still refresh the map). */
export function describeChange(c: EngineChange, names: { container?: string | null; network?: string | null }): string | null {
  if (c.kind === 'swarm') {
    const verb = c.action === 'remove' ? 'removed' : c.action === 'create' ? 'created' : c.action === 'update' ? 'updated' : null;
    return verb ? `${c.object} ${q(c.objectName, c.objectId)} ${verb}` : null;
  }
  const container = q(names.container ?? (c.kind === 'container' ? c.containerName : null), c.containerId);
  if (c.kind === 'network') {
    const network = q(names.network ?? c.networkName, c.networkId);
    switch (c.action) {
      case 'connect': return `${container} connected to ${network}`;
      case 'disconnect': return `${container} disconnected from ${network}`;
      case 'create': return `network ${network} created`;
      case 'destroy': return `network ${network} removed`;
      default: return null;
    }
  }
  switch (c.action) {
    case 'create': return `container ${container} created`;
    case 'start': return `${container} started`;
    case 'die': return `${container} stopped`;
    case 'destroy': return `container ${container} removed`;
    case 'rename': return `${c.oldName ?? '?'} renamed to ${container}`;
    case 'pause': return `${container} paused`;
    case 'unpause': return `${container} unpaused`;
    default: return null;
  }
}
