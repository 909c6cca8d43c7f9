/**
 * The captured Engine 28.5 (API 1.51, what netatlas negotiates with it) answers in engine-28.5.json
 * (scripts/capture-fixtures.ts against a 28.5 engine). The same roles as the 20.10 capture, plus what
 * Engine 28 changed:
 * - `dual-net`: bridge with an IPv4 /24 and an fd..::/64, both given without a gateway;
 * - `v6only-net`: IPv6-only bridge (`EnableIPv4: false`); `internal-net`: internal IPv4 bridge;
 * - `routed-net`: bridge with `com.docker.network.bridge.gateway_mode_ipv4=routed`;
 * - `multi`: on dual-net (priority 0), then on v6only-net with `GwPriority: 10` and alias `multi-v6`;
 * - `dual-first`: on dual-net (priority 0), then on the IPv4-only app-net with `GwPriority: 10`;
 * - `prio`: on app-net (priority 0), then on back-net (which sorts after it) with `GwPriority: 10`;
 * - `fixed`: on dual-net with IPv4 `.77` and IPv6 `::77` fixed (`IPAMConfig`);
 * - `vault`: on internal-net only; `routed`: on routed-net; `v6port`: on dual-net, 8080/tcp published on `::` only.
 * `routes()` holds what `ip -4 route` / `ip -6 route` said inside each container at capture time.
 * Test-only.
 */
import type { Role } from './engine-fixture';
import raw from './engine-28.5.json';
import { loadCapture } from './load-capture';

export type Role28 =
  | Role
  | 'dual-net' | 'v6only-net' | 'internal-net' | 'routed-net'
  | 'multi' | 'dual-first' | 'prio' | 'fixed' | 'vault' | 'routed' | 'v6port';

/** The Engine 28.5 capture: `engine28.snapshot()` is the RawSnapshot, `engine28.idOf('multi')` a full id. */
export const engine28 = loadCapture<Role28>(raw);
