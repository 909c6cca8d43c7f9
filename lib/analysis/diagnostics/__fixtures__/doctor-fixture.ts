/**
 * Inputs for the doctor's unit tests. The captured Engine 20.10 topology (engine-fixture.ts) is the
 * base; its environment values were redacted at capture, so every config here is written by hand
 * (`withEnv`), and cases the capture lacks (a frontend/backend split, an empty network, a datastore
 * image) are small synthetic topologies built from lib/graph's fixtures. Test-only.
 */
import type { RawSnapshot } from '../../../topology/build-topology';
import { buildTopology } from '../../../topology/build-topology';
import { fixtureSnapshot, idOf, nameOf, type Role } from '../../../topology/__fixtures__/engine-fixture';
import type { Container, Topology } from '../../../topology/types';
import type { ContainerConfigs } from '../container-config';
import { DoctorContext } from '../doctor-context';

export { idOf, nameOf };

/** The capture as recorded: db publishes 5432 on every interface, legacy-a/b sit on the default bridge. */
export function captured(edit?: (raw: RawSnapshot) => void): Topology {
  const raw = fixtureSnapshot();
  edit?.(raw);
  return buildTopology(raw);
}

/**
 * The capture with its two deliberate mistakes taken out: the default-bridge pair removed and db
 * published on 127.0.0.1 only (as it would be after following the doctor's advice).
 */
export function cleanCaptured(): Topology {
  return captured((raw) => {
    const legacy = new Set([idOf('legacy-a'), idOf('legacy-b')]);
    raw.containers = raw.containers.filter((c) => !legacy.has(c.Id));
    const db = raw.containers.find((c) => c.Id === idOf('db'))!;
    db.Ports = (db.Ports ?? []).filter((p) => p.IP !== '::').map((p) => ({ ...p, IP: '127.0.0.1' }));
  });
}

/** Environment (NAME=value lines) and links for containers by role. */
export function withEnv(spec: Partial<Record<Role, { env?: string[]; links?: Array<{ container: string; alias: string }> }>>): ContainerConfigs {
  const configs: ContainerConfigs = {};
  for (const [role, { env = [], links = [] } = {}] of Object.entries(spec)) {
    configs[idOf(role as Role)] = { env: env.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]), links };
  }
  return configs;
}

/** What a well-configured app on the capture would carry: names on shared networks, its own ports on localhost. */
export function cleanConfigs(t: Topology): ContainerConfigs {
  const port = (role: Role, containerPort: number) => t.containers.find((c) => c.id === idOf(role))!.ports.find((p) => p.containerPort === containerPort)?.hostPort;
  return withEnv({
    api: { env: ['PATH=/usr/local/bin:/usr/bin:/bin', `DB_HOST=${nameOf('db')}`, 'DB_PORT=5432', `DATABASE_URL=postgres://app:s3cret@${nameOf('db')}:5432/app`, 'REDIS_URL=redis://cache:6379/0', 'NO_PROXY=localhost,127.0.0.1'] },
    web: { env: [`API_URL=http://${nameOf('api')}:8000`, 'LISTEN_ADDR=127.0.0.1:80', `SELF_CHECK=http://localhost:80/`, `PUBLIC_URL=http://localhost:${port('web', 80)}`] },
    sidecar: { env: ['TARGET=localhost:8000'] },
    host: { env: [`DB_URL=postgres://localhost:${port('db', 5432)}/app`] },
    cache: { env: ['REDIS_ARGS=--save 60 1', 'LOG_LEVEL=notice', 'ENABLED=true'] },
  });
}

export function context(t: Topology, configs: ContainerConfigs = {}): DoctorContext {
  return new DoctorContext(t, configs);
}

export function containerOf(t: Topology, role: Role): Container {
  return t.containers.find((c) => c.id === idOf(role))!;
}
