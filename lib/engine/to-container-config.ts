import type { ContainerConfig } from '../analysis/diagnostics/container-config';
import type { RawContainerInspect } from '../wire/raw-types';

/** `/db:/api/database` (linked container, then this container's path and the alias) → { db, database }. */
function toLink(entry: string): ContainerConfig['links'][number] | null {
  const m = /^\/?([^:]+):(.*)$/.exec(entry);
  if (!m) return null;
  return { container: m[1].replace(/^\//, ''), alias: m[2].split('/').pop() || m[1] };
}

/**
 * The environment and legacy links of an inspected container, for the doctor. Server-only: the
 * values may be secrets, and nothing built from them may reach a response except variable names.
 */
export function toContainerConfig(inspect: RawContainerInspect): ContainerConfig {
  const env = (inspect.Config?.Env ?? []).map((line): [string, string] => {
    const eq = line.indexOf('=');
    return eq < 0 ? [line, ''] : [line.slice(0, eq), line.slice(eq + 1)];
  });
  const links = (inspect.HostConfig?.Links ?? []).map(toLink).filter((l): l is NonNullable<typeof l> => l !== null);
  return { env, links };
}
