import type { ContainerConfig } from './container-config';
import { toHostRefs } from './host-refs';

/** One address an environment variable points at (the variable's name, never its value). */
export interface EnvAddress {
  variable: string;
  host: string;
  /** From the value itself, the URL scheme, or a sibling `<PREFIX>PORT` variable; null when unknown. */
  port: number | null;
}

/**
 * Variables that name where the container itself listens or how the outside world reaches it, not
 * where it connects to: `LISTEN_ADDR=127.0.0.1:80`, `PUBLIC_URL=http://localhost:3000`, `NO_PROXY=localhost`.
 */
const NOT_OUTBOUND = /LISTEN|BIND|HEALTH|PUBLIC|EXTERNAL|SITE_URL|CALLBACK|REDIRECT|ORIGIN|CORS|ALLOW|ADVERTISE|TRUSTED|NO_PROXY|^HOSTNAME$/i;
/**
 * Variables whose plain-word value is an address. `CACHE_DRIVER=redis` or `DB_CONNECTION=mysql` name
 * a driver, not the container called redis; `REDIS_HOST=redis` names the container.
 */
const ADDRESS_VARIABLE = /HOST|ADDR|SERVER|URL|URI|DSN|ENDPOINT|PEER|UPSTREAM|BACKEND|TARGET|BROKER|NODE|SEED/i;
/** `DB_HOST` with `DB_PORT`, `REDIS_SERVER` with `REDIS_PORT`. */
const HOST_VARIABLE = /^(.*?)(HOSTNAME|HOST|ADDRESS|ADDR|SERVER)$/i;

function siblingPort(env: ContainerConfig['env'], variable: string): number | null {
  const m = HOST_VARIABLE.exec(variable);
  if (!m) return null;
  const value = env.find(([k]) => k === `${m[1]}PORT`)?.[1];
  const port = value && /^\d{1,5}$/.test(value.trim()) ? Number(value) : null;
  return port && port <= 65535 ? port : null;
}

/**
 * The addresses a container's environment points at, with the port each one names (or its sibling
 * does): hosts in URLs and `host:port` in any variable, plain words only in address variables.
 */
export function envAddresses(config: ContainerConfig): EnvAddress[] {
  return config.env.flatMap(([variable, value]) => {
    if (NOT_OUTBOUND.test(variable)) return [];
    return toHostRefs(value)
      .filter((r) => !r.bare || ADDRESS_VARIABLE.test(variable))
      .map((r) => ({ variable, host: r.host, port: r.port ?? siblingPort(config.env, variable) }));
  });
}
