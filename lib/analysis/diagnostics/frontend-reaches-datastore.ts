import type { Container, Network } from '../../topology/types';
import type { Diagnostic, FixStep } from '../diagnostic-types';
import { isDatastore } from './datastores';
import type { DoctorContext } from './doctor-context';

const FRONT = /front/i;
const BACK = /back(?!up)/i;

interface Tiers {
  front: Network[];
  back: Network[];
  frontIds: Set<string>;
  backIds: Set<string>;
}

/** One engine's tiers: its own networks and the swarm networks that span it (a split is one host's design). */
function tierNetworks(ctx: DoctorContext, engineId: string): Tiers {
  const user = ctx.networksOn(engineId).filter((n) => !n.builtin);
  const front = user.filter((n) => FRONT.test(n.name));
  const back = user.filter((n) => BACK.test(n.name) && !FRONT.test(n.name));
  return { front, back, frontIds: new Set(front.map((n) => n.id)), backIds: new Set(back.map((n) => n.id)) };
}

function fixFor(d: Container, net: Network, back: Network[], onBack: boolean): { text: string; steps?: FixStep[] } {
  const target = onBack ? null : back.length === 1 ? back[0] : null;
  if (!onBack && !target) {
    return { text: `Move ${d.name} to the backend network its clients use and disconnect it from ${net.name}; only the tier between (e.g. an API on both networks) should reach it.` };
  }
  const steps: FixStep[] = [{ action: 'disconnect', network: net.name, container: d.name }];
  if (target) steps.unshift({ action: 'connect', network: target.name, container: d.name });
  const first = target ? `Connect ${d.name} to ${target.name}, then disconnect it` : `Disconnect ${d.name}`;
  return {
    text: `${first} from ${net.name}: containers that need it reach it on the backend network; the frontend tier goes through the containers on both networks.`,
    steps,
  };
}

/**
 * Where networks split a frontend and a backend tier (names with "front" and "back"), a datastore
 * that shares a network other than a backend one with a frontend-only container (on a front
 * network and on no back network): the split is bypassed. A container on both tiers (an API) is
 * the intended bridge and is never flagged. Tiers are per engine: the datastore's engine must have
 * both, and the fix moves it to a backend network of its own engine.
 */
export function frontendReachesDatastore(ctx: DoctorContext): Diagnostic[] {
  const tiers = new Map<string, Tiers>();
  const tiersOf = (engineId: string) => tiers.get(engineId) ?? tiers.set(engineId, tierNetworks(ctx, engineId)).get(engineId)!;
  const frontOnly = ctx.topology.containers.filter((c) => {
    const { frontIds, backIds } = tiersOf(c.engineId);
    const ids = ctx.networksOf(c).map((n) => n.id);
    return ids.some((id) => frontIds.has(id)) && !ids.some((id) => backIds.has(id));
  });
  const out: Diagnostic[] = [];
  for (const d of ctx.topology.containers.filter(isDatastore)) {
    const { front, back, backIds } = tiersOf(d.engineId);
    if (!front.length || !back.length) continue;
    const nets = ctx.networksOf(d);
    const onBack = nets.some((n) => backIds.has(n.id));
    for (const net of nets.filter((n) => !backIds.has(n.id) && n.driver !== 'host' && n.driver !== 'null')) {
      const clients = frontOnly.filter((f) => f.id !== d.id && !ctx.sameStack(f, d) && ctx.shared(f, d).some((n) => n.id === net.id));
      if (!clients.length) continue;
      out.push({
        rule: 'frontend_reaches_datastore',
        engineId: d.engineId,
        severity: 'warning',
        subjects: [ctx.subject(d, 'container'), ctx.subject(net, 'network'), ...clients.map((f) => ctx.subject(f, 'container'))],
        message: `${clients.map((f) => f.name).join(', ')} (frontend tier) can reach the datastore ${d.name} directly on ${net.name}, bypassing the frontend/backend split: a compromised frontend container can talk to the database.`,
        fix: fixFor(d, net, back, onBack),
      });
    }
  }
  return out;
}
