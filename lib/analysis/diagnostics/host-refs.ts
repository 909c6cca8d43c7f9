/** A host (and port) an environment value points at: `db`, `db:5432`, `postgres://u:p@db/x`, `a:1,b:2`. */
export interface HostRef {
  /** Lower-case host name or address, without brackets. */
  host: string;
  /** The port written in the value, or the scheme's well-known one (`postgres://` → 5432); null when unknown. */
  port: number | null;
  /** A plain word (no URL, no port): `redis` may be a host or a driver name, so the variable must say. */
  bare: boolean;
}

/**
 * Well-known ports of URL schemes that name a service. Not http/https: their default port says
 * little about which container is meant (a public URL of the app itself is the usual case).
 */
const SCHEME_PORT: Record<string, number> = {
  postgres: 5432, postgresql: 5432, mysql: 3306, mariadb: 3306, redis: 6379, rediss: 6379, mongodb: 27017,
  amqp: 5672, amqps: 5671, memcached: 11211, nats: 4222, sqlserver: 1433, mssql: 1433, cassandra: 9042,
};

const URL_PATTERN = /([a-z][a-z0-9+.-]*):\/\/(?:[^\s/?#]*@)?([^\s/?#@]+)/gi;
const HOST_PORT = /^(\[[0-9a-f:.]+\]|[a-z0-9][a-z0-9._-]*)(?::(\d{1,5}))?$/i;
/** Longer values are certificates, keys or JSON blobs, not addresses. */
const MAX_VALUE = 2048;

function toRef(text: string, schemePort: number | null, inUrl: boolean): HostRef | null {
  const m = HOST_PORT.exec(text);
  if (!m || /^\d+$/.test(m[1])) return null; // a bare number is a port or a count, not a host
  const port = m[2] ? Number(m[2]) : schemePort;
  return { host: m[1].replace(/^\[|\]$/g, '').toLowerCase(), port: port && port <= 65535 ? port : null, bare: !inUrl && !m[2] };
}

/**
 * The hosts an environment value names: each URL's host list (credentials skipped), and every other
 * word that looks like `host` or `host:port`. Pure; never keeps any other part of the value.
 */
export function toHostRefs(value: string): HostRef[] {
  if (!value || value.length > MAX_VALUE) return [];
  const refs: HostRef[] = [];
  const rest = value.replace(URL_PATTERN, (_all, scheme: string, hosts: string) => {
    const schemePort = SCHEME_PORT[scheme.toLowerCase()] ?? null;
    for (const h of hosts.split(',')) {
      const ref = toRef(h, schemePort, true);
      if (ref) refs.push(ref);
    }
    return ' ';
  });
  for (const word of rest.split(/[\s,;]+/)) {
    const ref = word ? toRef(word, null, false) : null;
    if (ref) refs.push(ref);
  }
  return refs;
}
