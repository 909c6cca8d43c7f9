import type { Lab } from '../lab-types';
import { connectStep, createNetworkStep, disconnectStep } from '../lab-steps';

export const backendOnly: Lab = {
  id: 'backend-only',
  title: 'A database only its clients can reach',
  source: 'Intermediate 4',
  summary:
    'Put the database db on a network backend with client, and prove that outsider, which is not on backend, cannot reach it. ' +
    'Set me up starts all three on the default bridge, where anyone on the bridge reaches db by its IP.',
  setup: [
    { name: 'db', listens: 5432, role: 'PostgreSQL (a listener on 5432)' },
    { name: 'client', role: 'the Python client' },
    { name: 'outsider', role: 'a container not on backend' },
  ],
  goals: [
    { id: 'network', text: 'backend exists as a user-defined network', check: { kind: 'network', network: 'backend' } },
    { id: 'db', text: 'db is on backend', check: { kind: 'attached', container: 'db', networks: ['backend'] } },
    { id: 'client', text: 'client is on backend', check: { kind: 'attached', container: 'client', networks: ['backend'] } },
    { id: 'client-db', text: 'client reaches db by name on port 5432', check: { kind: 'reach', from: 'client', to: 'db', port: 5432, by: 'name', expect: true } },
    { id: 'outsider-bridge', text: 'outsider stays on the default bridge (isolated by networks, not by having none)', check: { kind: 'attached', container: 'outsider', networks: ['bridge'] } },
    { id: 'outsider', text: 'outsider cannot reach db, neither by name nor by IP', check: { kind: 'reach', from: 'outsider', to: 'db', port: 5432, by: 'ip', expect: false } },
  ],
  steps: () => [
    createNetworkStep('backend-only', 'backend'),
    connectStep('backend', 'db'),
    disconnectStep('bridge', 'db'),
    connectStep('backend', 'client'),
  ],
};
