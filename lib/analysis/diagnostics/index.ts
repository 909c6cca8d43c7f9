import type { Topology } from '../../topology/types';
import type { Diagnostic, DiagnosticRule, Severity } from '../diagnostic-types';
import type { ContainerConfigs } from './container-config';
import { datastoreOnAllInterfaces } from './datastore-on-all-interfaces';
import { DoctorContext } from './doctor-context';
import { emptyNetwork } from './empty-network';
import { frontendReachesDatastore } from './frontend-reaches-datastore';
import { hostPortConflict } from './host-port-conflict';
import { localhostToOther } from './localhost-to-other';
import { nameOnDefaultBridge } from './name-on-default-bridge';
import { noUserNetwork } from './no-user-network';
import { viaPublishedPort } from './via-published-port';
import { unprotectedGateway } from './unprotected-gateway';

/** Every rule, in the order findings of equal severity are listed. */
const RULES: Array<[DiagnosticRule, (ctx: DoctorContext) => Diagnostic[]]> = [
  ['host_port_conflict', hostPortConflict],
  ['name_on_default_bridge', nameOnDefaultBridge],
  ['localhost_to_other', localhostToOther],
  ['via_published_port', viaPublishedPort],
  ['datastore_on_all_interfaces', datastoreOnAllInterfaces],
  ['frontend_reaches_datastore', frontendReachesDatastore],
  ['unprotected_gateway', unprotectedGateway],
  ['no_user_network', noUserNetwork],
  ['empty_network', emptyNetwork],
];
const RULE_ORDER = new Map(RULES.map(([rule], i) => [rule, i]));
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The network doctor: the classic Docker networking mistakes found in a topology, worst first.
 * `configs` (environment and links per container) are read on the server only; no finding repeats
 * an environment value, only variable names.
 */
export function buildDiagnostics(topology: Topology, configs: ContainerConfigs = {}): Diagnostic[] {
  const ctx = new DoctorContext(topology, configs);
  return RULES.flatMap(([, rule]) => rule(ctx)).sort((a, b) =>
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (RULE_ORDER.get(a.rule) ?? 0) - (RULE_ORDER.get(b.rule) ?? 0) ||
    (a.subjects[0]?.name ?? '').localeCompare(b.subjects[0]?.name ?? ''));
}

export type { ContainerConfig, ContainerConfigs } from './container-config';
