import { z } from 'zod';
import type { Container, Endpoint, EngineEntry, EngineInfo, Network, Swarm, Topology } from './types';

/**
 * The zod schema of a {@link Topology} (types.ts), field by field, for what netatlas reads back from a
 * file (a snapshot). Every object is strict, nested ones included: the server builds each of them as
 * an object literal with exactly the fields of types.ts (toNetwork, toContainer, toEndpoints, toSwarm*,
 * the atlas's engine entries, AppError#toJSON for `error`, the config problems picked field by field),
 * so a key it does not know was not written by netatlas. Records (labels, options) take any key.
 * Values are checked for their type only: a field the engine may leave empty (`createdAt`, a task's
 * `nodeId`) is a string, not a non-empty one. The compile-time check at the end keeps it in step.
 */

const text = z.string();
const orNull = <T extends z.ZodType>(schema: T) => schema.nullable();
/** A port, a prefix length, a replica or slot number: an integer, never negative (0: not known). */
const count = z.int().nonnegative();
const protocol = z.enum(['tcp', 'udp', 'sctp']);
const shownLabels = z.record(z.string(), orNull(text));
const gatewayMode = z.enum(['nat', 'nat-unprotected', 'routed', 'isolated']);

export const engineInfoSchema = z.strictObject({
  id: text, name: text, serverVersion: text, apiVersion: text,
  engineApiVersion: text.optional(),
  minApiVersion: orNull(text).optional(),
  host: text,
  swarmManager: z.boolean(),
  swarmNodeId: orNull(text),
});

const subnetSchema = z.strictObject({ subnet: text, family: z.literal([4, 6]), gateway: orNull(text), ipRange: orNull(text) });

export const networkSchema = z.strictObject({
  id: text, engineId: text, engineIds: z.array(text), name: text, driver: text, scope: text,
  internal: z.boolean(), attachable: z.boolean(), ingress: z.boolean(), builtin: z.boolean(), dns: z.boolean(),
  ipv4: z.boolean(), ipv6: z.boolean(),
  gatewayModes: orNull(z.strictObject({ ipv4: gatewayMode, ipv6: gatewayMode })),
  parent: orNull(text),
  subnets: z.array(subnetSchema),
  options: z.record(z.string(), text),
  labels: shownLabels,
  createdAt: text,
});

const publishedPortSchema = z.strictObject({ hostIp: text, hostPort: count, containerPort: count, protocol });
const exposedPortSchema = z.strictObject({ containerPort: count, protocol });

export const containerSchema = z.strictObject({
  id: text, engineId: text, name: text, image: text,
  state: z.enum(['created', 'running', 'paused', 'restarting', 'removing', 'exited', 'dead']),
  status: text, networkMode: text,
  sharesNetworkWith: orNull(text),
  compose: orNull(z.strictObject({ project: text, service: text })),
  labels: shownLabels,
  ports: z.array(publishedPortSchema),
  exposedPorts: z.array(exposedPortSchema),
  startError: orNull(text),
});

export const endpointSchema = z.strictObject({
  networkId: text, containerId: text,
  ipv4: orNull(text), ipv4PrefixLen: orNull(count), ipv6: orNull(text), ipv6PrefixLen: orNull(count),
  mac: orNull(text), gateway: orNull(text), ipv6Gateway: orNull(text), staticIpv4: orNull(text), staticIpv6: orNull(text),
  gwPriority: z.int(),
  defaultRoute: z.boolean(), defaultRoute6: z.boolean(),
  aliases: z.array(text), dnsNames: z.array(text),
});

export const engineEntrySchema = z.strictObject({
  id: text, name: text, host: text,
  source: z.enum(['env', 'context', 'config']),
  state: z.enum(['connecting', 'live', 'reconnecting', 'unreachable', 'misconfigured']),
  error: z.strictObject({ code: text, message: text, hint: text.optional() }).optional(),
  info: orNull(engineInfoSchema),
  stale: z.boolean(),
});

const configProblemSchema = z.strictObject({ file: text, field: text, message: text });

const swarmNodeSchema = z.strictObject({
  id: text, hostname: text, role: z.enum(['manager', 'worker']), state: text, availability: text,
  leader: z.boolean(), addr: orNull(text), engineId: orNull(text),
});

/** An address on one network, without prefix length: a task's, or a service's virtual IP. */
const networkAddress = z.strictObject({ networkId: text, ip: text });

const swarmTaskSchema = z.strictObject({
  id: text, slot: orNull(count), nodeId: text, state: text, desiredState: text,
  containerId: orNull(text), addresses: z.array(networkAddress), error: orNull(text),
});

const swarmServiceSchema = z.strictObject({
  id: text, name: text, image: text,
  mode: z.enum(['replicated', 'global']),
  replicas: orNull(count),
  endpointMode: z.enum(['vip', 'dnsrr']),
  vips: z.array(networkAddress),
  ports: z.array(z.strictObject({ protocol, targetPort: count, publishedPort: count, publishMode: z.enum(['ingress', 'host']) })),
  networkIds: z.array(text), dnsNames: z.array(text),
  tasks: z.array(swarmTaskSchema),
  labels: shownLabels,
});

const swarmSchema = z.strictObject({ clusterId: text, engineId: text, nodes: z.array(swarmNodeSchema), services: z.array(swarmServiceSchema) });

const shown = (id: string) => JSON.stringify(id.length > 64 ? `${id.slice(0, 64)}…` : id);

/**
 * A whole topology, with what ties its lists together checked once their shapes are right: every
 * endpoint joins a listed container to a listed network, every container runs on a listed engine.
 */
export const topologySchema = z
  .strictObject({
    engine: engineInfoSchema,
    engines: z.array(engineEntrySchema),
    networks: z.array(networkSchema),
    containers: z.array(containerSchema),
    endpoints: z.array(endpointSchema),
    swarms: z.array(swarmSchema),
    problems: z.array(configProblemSchema).optional(),
  })
  .superRefine((t, ctx) => {
    const networks = new Set(t.networks.map((n) => n.id));
    const containers = new Set(t.containers.map((c) => c.id));
    const engines = new Set(t.engines.map((e) => e.id));
    t.endpoints.forEach((e, i) => {
      if (!networks.has(e.networkId)) ctx.addIssue({ code: 'custom', path: ['endpoints', i, 'networkId'], message: `no network has the id ${shown(e.networkId)}` });
      if (!containers.has(e.containerId)) ctx.addIssue({ code: 'custom', path: ['endpoints', i, 'containerId'], message: `no container has the id ${shown(e.containerId)}` });
    });
    t.containers.forEach((c, i) => {
      if (!engines.has(c.engineId)) ctx.addIssue({ code: 'custom', path: ['containers', i, 'engineId'], message: `no engine has the id ${shown(c.engineId)}` });
    });
  });

/** True only when A and B are the same type (not merely assignable: an optional field one lacks counts). */
export type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
/** Compiles only for `true`. */
export type Assert<T extends true> = T;

/** Fails `tsc --noEmit` when types.ts and this schema part ways, in either direction (the parts name where). */
type InStep = Assert<Equals<z.infer<typeof topologySchema>, Topology>>;
type PartsInStep = [
  Assert<Equals<z.infer<typeof engineInfoSchema>, EngineInfo>>, Assert<Equals<z.infer<typeof engineEntrySchema>, EngineEntry>>,
  Assert<Equals<z.infer<typeof networkSchema>, Network>>, Assert<Equals<z.infer<typeof containerSchema>, Container>>,
  Assert<Equals<z.infer<typeof endpointSchema>, Endpoint>>, Assert<Equals<z.infer<typeof swarmSchema>, Swarm>>,
];
