import type { Lab } from '../lab-types';
import { hostStep, runStep } from '../lab-steps';

export const twoDatabases: Lab = {
  id: 'two-databases',
  title: 'Two databases, one port inside, two on the host',
  source: 'Intermediate 6',
  summary:
    'Run two databases that both listen on 5432 inside their containers and publish them on host ports 5432 and 5433. ' +
    'Each container has its own network stack, so the same port inside never clashes; only host ports must differ. ' +
    'Ports are published when a container is created, so this lab starts from nothing: run them yourself.',
  setup: [],
  goals: [
    { id: 'published-5432', text: 'a database publishes its port 5432 on host port 5432', check: { kind: 'published', containerPort: 5432, hostPort: 5432 } },
    { id: 'published-5433', text: 'another publishes its port 5432 on host port 5433', check: { kind: 'published', containerPort: 5432, hostPort: 5433, notWith: 5432 } },
    { id: 'host-5432', text: 'the host reaches the first on 127.0.0.1:5432', check: { kind: 'host-port', hostPort: 5432 } },
    { id: 'host-5433', text: 'the host reaches the second on 127.0.0.1:5433', check: { kind: 'host-port', hostPort: 5433 } },
  ],
  steps: (image) => [
    runStep('two-databases', image, { name: 'pg-one', listens: 5432, publish: '127.0.0.1:5432:5432' }),
    runStep('two-databases', image, { name: 'pg-two', listens: 5432, publish: '127.0.0.1:5433:5432' }),
    hostStep('psql -h localhost -p 5432 -U postgres; psql -h localhost -p 5433 -U postgres   # here: nc -z 127.0.0.1 5432; nc -z 127.0.0.1 5433'),
  ],
};
