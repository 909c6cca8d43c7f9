/**
 * What changes between two reads of the engines, as edits of a TopologyModel: a container comes,
 * goes or changes state, an endpoint connects or disconnects, a network is renamed (so it sorts
 * elsewhere), a swarm task changes state. For property tests of the diff on realistic changes. Test-only.
 */
import fc from 'fast-check';
import type { Topology } from '../types';
import { toContainer, toEndpoint, topologyModelArb, toTopology, type TopologyModel } from './topology-arbitrary';

export type EditKind = 'add' | 'remove' | 'modify' | 'connect' | 'disconnect' | 'rename' | 'task';

/** One edit; the numbers pick the engine and elements it applies to (modulo what there is). */
export interface Edit {
  kind: EditKind;
  at: number;
  pick: number;
  other: number;
}

export const editArb: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom<EditKind>('add', 'remove', 'modify', 'connect', 'disconnect', 'rename', 'task'),
  at: fc.nat(),
  pick: fc.nat(),
  other: fc.nat(),
});

/** `model` with `edit` made (a fresh copy; `model` is left as it was). An edit with nothing to act on changes nothing. */
export function applyEdit(model: TopologyModel, edit: Edit): TopologyModel {
  const next = structuredClone(model);
  const live = next.parts.filter((p) => p.topology);
  const part = live[edit.at % live.length];
  const t = part.topology!;
  const k = Number(part.entry.id.slice(1));
  const c = t.containers[edit.pick % Math.max(t.containers.length, 1)];
  const n = t.networks[edit.other % Math.max(t.networks.length, 1)];
  switch (edit.kind) {
    case 'add': {
      const added = toContainer(k, 1000 + (edit.pick % 100), `new-${edit.other % 3}`);
      if (t.containers.some((x) => x.id === added.id)) break;
      t.containers.push(added);
      if (n) t.endpoints.push(toEndpoint(added, n, edit.pick));
      break;
    }
    case 'remove':
      if (!c) break;
      t.containers = t.containers.filter((x) => x !== c);
      t.endpoints = t.endpoints.filter((e) => e.containerId !== c.id);
      break;
    case 'modify':
      if (c) Object.assign(c, c.state === 'running' ? { state: 'exited', status: 'Exited (137) 1 second ago' } : { state: 'running', status: 'Up 1 second' });
      break;
    case 'connect':
      if (c && n && !t.endpoints.some((e) => e.containerId === c.id && e.networkId === n.id)) t.endpoints.push(toEndpoint(c, n, edit.pick));
      break;
    case 'disconnect':
      t.endpoints.splice(edit.pick % Math.max(t.endpoints.length, 1), 1);
      break;
    case 'rename':
      if (n) n.name = `renamed-${edit.pick % 3}`;
      break;
    case 'task': {
      const task = t.swarms[0]?.services[edit.pick % Math.max(t.swarms[0].services.length, 1)]?.tasks[0];
      if (task) task.state = task.state === 'running' ? 'failed' : 'running';
      break;
    }
  }
  return next;
}

/** A topology and the same one after one to four edits: what two successive reads look like. */
export const editedPairArb: fc.Arbitrary<[Topology, Topology, Edit[]]> = fc
  .tuple(topologyModelArb, fc.array(editArb, { minLength: 1, maxLength: 4 }))
  .map(([model, edits]) => [toTopology(model), toTopology(edits.reduce(applyEdit, model)), edits]);
