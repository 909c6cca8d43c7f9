import type { Container } from '../../topology/types';

/** Container ports of databases, caches and brokers that must not face the network unguarded. */
export const DATASTORE_PORTS: Record<number, string> = {
  5432: 'PostgreSQL', 3306: 'MySQL', 6379: 'Redis', 27017: 'MongoDB', 9200: 'Elasticsearch', 11211: 'Memcached',
  5672: 'RabbitMQ', 1433: 'SQL Server', 1521: 'Oracle', 9042: 'Cassandra', 2379: 'etcd',
};

/** Image names (any path segment, before the tag) of datastores, e.g. `postgres:16`, `bitnami/redis`. */
const DATASTORE_IMAGE = /^(postgres|postgis|timescale|mysql|mariadb|percona|redis|valkey|keydb|mongo|elasticsearch|opensearch|memcached|rabbitmq|mssql|oracle|cassandra|scylla|etcd|couchdb|influxdb|clickhouse|neo4j|cockroach)/;

function imageIsDatastore(image: string): boolean {
  const path = image.split('@')[0].replace(/:[^/:]*$/, '');
  return path.toLowerCase().split('/').some((segment) => DATASTORE_IMAGE.test(segment));
}

/** A database or cache: its image says so, or it exposes or publishes a well-known datastore port. */
export function isDatastore(c: Container): boolean {
  return imageIsDatastore(c.image) ||
    [...c.ports, ...c.exposedPorts].some((p) => p.protocol === 'tcp' && p.containerPort in DATASTORE_PORTS);
}
