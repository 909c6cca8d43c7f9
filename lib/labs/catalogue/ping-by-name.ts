import type { Lab } from '../lab-types';
import { connectStep, createNetworkStep, dockerStep } from '../lab-steps';

export const pingByName: Lab = {
  id: 'ping-by-name',
  title: 'Ping a container by its name',
  source: 'Beginner 1',
  summary:
    'Create a user-defined network called test-net, put container1 and container2 on it, and ping one from the other by name. ' +
    'Set me up starts both on the default bridge, where names do not resolve: Docker’s embedded DNS answers only on user-defined networks.',
  setup: [
    { name: 'container1', role: 'a shell container' },
    { name: 'container2', role: 'a shell container' },
  ],
  goals: [
    { id: 'network', text: 'test-net exists as a user-defined network', check: { kind: 'network', network: 'test-net' } },
    { id: 'container1', text: 'container1 is on test-net', check: { kind: 'attached', container: 'container1', networks: ['test-net'] } },
    { id: 'container2', text: 'container2 is on test-net', check: { kind: 'attached', container: 'container2', networks: ['test-net'] } },
    { id: 'ping', text: 'container1 pings container2 by name', check: { kind: 'reach', from: 'container1', to: 'container2', port: null, by: 'name', expect: true } },
  ],
  steps: () => [
    createNetworkStep('ping-by-name', 'test-net'),
    connectStep('test-net', 'container1'),
    connectStep('test-net', 'container2'),
    dockerStep('exec', 'container1', 'ping', '-c', '1', 'container2'),
  ],
};
