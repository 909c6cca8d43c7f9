import type { Lab } from '../lab-types';
import { connectStep, createNetworkStep, disconnectStep } from '../lab-steps';

export const multiTier: Lab = {
  id: 'multi-tier',
  title: 'Frontend, backend and an api on both',
  source: 'Intermediate 5',
  summary:
    'Create networks frontend and backend, attach api to both, db to backend only and web to frontend only. ' +
    'api reaches db; web, on the frontend only, cannot. Set me up starts db, api and web on the default bridge.',
  setup: [
    { name: 'db', listens: 5432, role: 'PostgreSQL (a listener on 5432)' },
    { name: 'api', role: 'the backend API' },
    { name: 'web', role: 'the frontend' },
  ],
  goals: [
    { id: 'frontend', text: 'frontend exists as a user-defined network', check: { kind: 'network', network: 'frontend' } },
    { id: 'backend', text: 'backend exists as a user-defined network', check: { kind: 'network', network: 'backend' } },
    { id: 'api', text: 'api is on frontend and backend', check: { kind: 'attached', container: 'api', networks: ['frontend', 'backend'] } },
    { id: 'db', text: 'db is on backend only', check: { kind: 'attached', container: 'db', networks: ['backend'], only: true } },
    { id: 'web', text: 'web is on frontend only', check: { kind: 'attached', container: 'web', networks: ['frontend'], only: true } },
    { id: 'api-db', text: 'api reaches db by name on port 5432', check: { kind: 'reach', from: 'api', to: 'db', port: 5432, by: 'name', expect: true } },
    { id: 'web-db', text: 'web cannot reach db, neither by name nor by IP', check: { kind: 'reach', from: 'web', to: 'db', port: 5432, by: 'ip', expect: false } },
  ],
  steps: () => [
    createNetworkStep('multi-tier', 'frontend'),
    createNetworkStep('multi-tier', 'backend'),
    connectStep('frontend', 'api'),
    connectStep('backend', 'api'),
    connectStep('backend', 'db'),
    connectStep('frontend', 'web'),
    disconnectStep('bridge', 'api'),
    disconnectStep('bridge', 'db'),
    disconnectStep('bridge', 'web'),
  ],
};
