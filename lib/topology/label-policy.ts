import { labelGlob } from './label-glob';

/**
 * The label keys whose values reach the browser whatever the configuration says: what compose and
 * swarm stacks write about themselves (the map groups by project and service), the OCI image facts,
 * and netatlas's own (`netatlas.test`, `netatlas.probe`: run ids and container ids, read back by the
 * benchmark). Every other value may be a secret (a Traefik basic-auth hash, a database URL).
 */
export const LABEL_ALLOWLIST: readonly string[] = [
  'com.docker.compose.project',
  'com.docker.compose.service',
  'com.docker.compose.project.working_dir',
  'com.docker.compose.project.config_files',
  'com.docker.compose.oneoff',
  // The replica's number (`1`, `2`): compose writes it, it says which of a scaled service this is.
  'com.docker.compose.container-number',
  'com.docker.stack.namespace',
  'org.opencontainers.image.*',
  'netatlas.*',
];

/** Which label values the domain model may carry; every other label keeps its key, its value withheld. */
export interface LabelPolicy {
  /** The patterns beyond {@link LABEL_ALLOWLIST} (`NETATLAS_SHOW_LABELS`), as given. */
  readonly extra: readonly string[];
  /** True when the value of label `key` may be shown. */
  shows(key: string): boolean;
}

/** The allowlist plus `extra` glob patterns (see labelGlob). */
export function buildLabelPolicy(extra: readonly string[] = []): LabelPolicy {
  const matchers = [...LABEL_ALLOWLIST, ...extra].map(labelGlob);
  return { extra: [...extra], shows: (key) => matchers.some((m) => m(key)) };
}

/** The allowlist alone: what every reshaper uses when it is given no policy, so forgetting one withholds more, never less. */
export const DEFAULT_LABEL_POLICY: LabelPolicy = buildLabelPolicy();
