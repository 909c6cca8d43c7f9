import type { Lab } from '../lab-types';
import { hostStep, runStep } from '../lab-steps';

export const portMapping: Lab = {
  id: 'port-mapping',
  title: 'Publish a database port to the host',
  source: 'Beginner 2',
  summary:
    'Run a database with -p 127.0.0.1:5433:5432 and reach it from the host on 127.0.0.1:5433. Publishing is for host-to-container traffic only; ' +
    '127.0.0.1 keeps it to this machine, where 0.0.0.0 (the default of -p 5433:5432) opens it to every machine that reaches the host. ' +
    'Ports are published when a container is created, so this lab starts from nothing: run it yourself.',
  setup: [],
  goals: [
    { id: 'published', text: 'a container publishes its port 5432 on host port 5433', check: { kind: 'published', containerPort: 5432, hostPort: 5433 } },
    { id: 'loopback', text: 'the port is bound to 127.0.0.1 only, so other machines cannot reach it', check: { kind: 'published', containerPort: 5432, hostPort: 5433, loopback: true } },
    { id: 'host', text: 'the host reaches it on 127.0.0.1:5433', check: { kind: 'host-port', hostPort: 5433 } },
  ],
  steps: (image) => [
    runStep('port-mapping', image, { name: 'lab-postgres', listens: 5432, publish: '127.0.0.1:5433:5432' }),
    hostStep('psql -h localhost -p 5433 -U postgres   # with a real PostgreSQL; here any TCP client, e.g. nc -z 127.0.0.1 5433'),
  ],
};
