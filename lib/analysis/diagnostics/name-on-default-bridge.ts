import type { Container } from '../../topology/types';
import type { Diagnostic } from '../diagnostic-types';
import type { DoctorContext } from './doctor-context';
import { pairNetworkName, shareNetworkFix } from './fix-network';
import { envAddresses } from './env-addresses';

interface Pair {
  a: Container;
  b: Container;
  /** "a: VAR" for each variable naming the other container without a link that would resolve it. */
  broken: string[];
  /** One links the other (`--link`): that name resolves, through /etc/hosts. */
  linked: boolean;
}

/** The names `c` is known by that a user would write: its container name and compose service. */
function namesOf(c: Container): string[] {
  return [c.name, ...(c.compose ? [c.compose.service] : [])].map((n) => n.toLowerCase());
}

function onlyBridgeBetween(ctx: DoctorContext, a: Container, b: Container): boolean {
  const shared = ctx.shared(a, b);
  return shared.some((n) => ctx.isDefaultBridge(n)) && !shared.some((n) => n.dns);
}

function collectPairs(ctx: DoctorContext): Map<string, Pair> {
  const pairs = new Map<string, Pair>();
  const onBridge = ctx.topology.containers.filter((c) => ctx.networksOf(c).some((n) => ctx.isDefaultBridge(n)));
  for (const a of onBridge) {
    const config = ctx.config(a.id);
    const addresses = envAddresses(config);
    for (const b of onBridge) {
      // Each engine has its own default bridge: containers of two engines are never on one.
      if (!ctx.sameEngine(a, b) || ctx.sameStack(a, b) || !onlyBridgeBetween(ctx, a, b)) continue;
      const names = namesOf(b);
      const vars = [...new Set(addresses.filter((r) => names.includes(r.host)).map((r) => `${a.name}: ${r.variable}`))];
      const linked = config.links.some((l) => l.container === b.name);
      if (!vars.length && !linked) continue;
      const broken = linked ? [] : vars;
      const [x, y] = a.name <= b.name ? [a, b] : [b, a];
      const key = `${x.id}/${y.id}`;
      const pair = pairs.get(key) ?? { a: x, b: y, broken: [], linked: false };
      pairs.set(key, { ...pair, broken: [...pair.broken, ...broken], linked: pair.linked || linked });
    }
  }
  return pairs;
}

/**
 * Two containers on the default bridge (and on no user-defined network together) where one names
 * the other in an environment value or a `--link`. Names do not resolve on the default bridge: an
 * environment reference fails (error); a link works through /etc/hosts but is a deprecated legacy
 * feature (info). The fix puts both on a new user-defined network, where names resolve.
 */
export function nameOnDefaultBridge(ctx: DoctorContext): Diagnostic[] {
  return [...collectPairs(ctx).values()].map(({ a, b, broken, linked }): Diagnostic => {
    const network = pairNetworkName(ctx, a.engineId, a.name, b.name);
    const { steps, cli } = shareNetworkFix(ctx, a.engineId, network, [a.name, b.name]);
    const why = broken.length
      ? `${a.name} and ${b.name} are both on the default bridge, where container names do not resolve, yet one names the other (${broken.join('; ')}): that connection fails.`
      : `${a.name} and ${b.name} are on the default bridge and reach each other by name only through a legacy --link, which Docker deprecates; names do not resolve on the default bridge.`;
    return {
      rule: 'name_on_default_bridge',
      engineId: a.engineId,
      severity: broken.length ? 'error' : 'info',
      subjects: [ctx.subject(a, 'container'), ctx.subject(b, 'container')],
      message: why,
      fix: {
        text: `Put both on a user-defined network, where names resolve: ${cli}. In compose, give both services a shared entry under networks${linked ? ' and drop their links' : ''}.`,
        steps,
      },
    };
  });
}
