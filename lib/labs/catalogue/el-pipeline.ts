import type { Lab } from '../lab-types';
import { connectStep, createNetworkStep } from '../lab-steps';

export const elPipeline: Lab = {
  id: 'el-pipeline',
  title: 'An extract-load pipeline on its own network',
  source: 'Advanced 7',
  summary:
    'Create a network pipeline with source-db and target-db on it, and a job container that reaches both by name, ' +
    'as a Python script reading from one and writing to the other would (host="source-db", port=5432: never localhost).',
  setup: [
    { name: 'source-db', listens: 5432, role: 'the source PostgreSQL (a listener on 5432)' },
    { name: 'target-db', listens: 5432, role: 'the target PostgreSQL (a listener on 5432)' },
    { name: 'job', role: 'the Python job' },
  ],
  goals: [
    { id: 'network', text: 'pipeline exists as a user-defined network', check: { kind: 'network', network: 'pipeline' } },
    { id: 'source-db', text: 'source-db is on pipeline', check: { kind: 'attached', container: 'source-db', networks: ['pipeline'] } },
    { id: 'target-db', text: 'target-db is on pipeline', check: { kind: 'attached', container: 'target-db', networks: ['pipeline'] } },
    { id: 'job', text: 'job is on pipeline', check: { kind: 'attached', container: 'job', networks: ['pipeline'] } },
    { id: 'job-source', text: 'job reaches source-db by name on port 5432', check: { kind: 'reach', from: 'job', to: 'source-db', port: 5432, by: 'name', expect: true } },
    { id: 'job-target', text: 'job reaches target-db by name on port 5432', check: { kind: 'reach', from: 'job', to: 'target-db', port: 5432, by: 'name', expect: true } },
  ],
  steps: () => [
    createNetworkStep('el-pipeline', 'pipeline'),
    connectStep('pipeline', 'source-db'),
    connectStep('pipeline', 'target-db'),
    connectStep('pipeline', 'job'),
  ],
};
