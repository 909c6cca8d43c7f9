import { describe, expect, it } from 'vitest';
import { envAddresses } from './env-addresses';

const addresses = (...lines: string[]) =>
  envAddresses({ env: lines.map((l) => [l.split('=')[0], l.slice(l.indexOf('=') + 1)]), links: [] })
    .map((a) => `${a.variable} ${a.host}${a.port ? `:${a.port}` : ''}`);

describe('envAddresses', () => {
  it('takes the port from a sibling <PREFIX>PORT variable when the value has none', () => {
    expect(addresses('DB_HOST=localhost', 'DB_PORT=5432')).toContain('DB_HOST localhost:5432');
    expect(addresses('REDIS_SERVER=cache', 'REDIS_PORT=6380')).toContain('REDIS_SERVER cache:6380');
    expect(addresses('DB_HOST=localhost', 'DB_PORT=abc')).toContain('DB_HOST localhost');
  });

  it('leaves out where the container listens and how the outside world reaches it', () => {
    expect(addresses('LISTEN_ADDR=127.0.0.1:80', 'BIND=0.0.0.0:8080', 'PUBLIC_URL=http://localhost:3000', 'NO_PROXY=localhost,127.0.0.1', 'HOSTNAME=abc')).toEqual([]);
  });

  it('takes a plain word as a host only in an address variable (a driver name is not a container)', () => {
    expect(addresses('CACHE_DRIVER=redis', 'DB_CONNECTION=mysql', 'MODE=api')).toEqual([]);
    expect(addresses('REDIS_HOST=redis', 'UPSTREAM=api', 'CACHE=redis:6379', 'Q=amqp://mq')).toEqual([
      'REDIS_HOST redis', 'UPSTREAM api', 'CACHE redis:6379', 'Q mq:5672',
    ]);
  });

  it('keeps DB_HOSTNAME (only the plain HOSTNAME is the container’s own)', () => {
    expect(addresses('DB_HOSTNAME=localhost', 'DB_PORT=5432')).toEqual(['DB_HOSTNAME localhost:5432']);
  });
});
