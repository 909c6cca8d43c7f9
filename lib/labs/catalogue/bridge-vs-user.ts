import type { Lab } from '../lab-types';
import { connectStep, createNetworkStep, disconnectStep, dockerStep } from '../lab-steps';

export const bridgeVsUser: Lab = {
  id: 'bridge-vs-user',
  title: 'The default bridge against a user-defined network',
  source: 'Beginner 3',
  summary:
    'Set me up starts four containers on the default bridge. Move user-1 and user-2 to a network of your own, user-net, and compare: ' +
    'on the default bridge containers reach each other only by IP, on user-net by name, and user-net keeps them apart from the bridge.',
  setup: [
    { name: 'bridge-1', role: 'a shell container' },
    { name: 'bridge-2', role: 'a shell container' },
    { name: 'user-1', role: 'a shell container' },
    { name: 'user-2', role: 'a shell container' },
  ],
  goals: [
    { id: 'bridge-no-name', text: 'on the default bridge, bridge-1 cannot resolve bridge-2 by name', check: { kind: 'no-name', from: 'bridge-1', to: 'bridge-2' } },
    { id: 'bridge-by-ip', text: '…but reaches it by IP', check: { kind: 'reach', from: 'bridge-1', to: 'bridge-2', port: null, by: 'ip', expect: true } },
    { id: 'network', text: 'user-net exists as a user-defined network', check: { kind: 'network', network: 'user-net' } },
    { id: 'user-1', text: 'user-1 is on user-net only', check: { kind: 'attached', container: 'user-1', networks: ['user-net'], only: true } },
    { id: 'user-2', text: 'user-2 is on user-net only', check: { kind: 'attached', container: 'user-2', networks: ['user-net'], only: true } },
    { id: 'user-by-name', text: 'on user-net, user-1 reaches user-2 by name', check: { kind: 'reach', from: 'user-1', to: 'user-2', port: null, by: 'name', expect: true } },
    { id: 'isolated', text: 'user-1 cannot reach bridge-1 at all: the networks are isolated', check: { kind: 'reach', from: 'user-1', to: 'bridge-1', port: null, by: 'ip', expect: false } },
  ],
  steps: () => [
    createNetworkStep('bridge-vs-user', 'user-net'),
    connectStep('user-net', 'user-1'),
    connectStep('user-net', 'user-2'),
    disconnectStep('bridge', 'user-1'),
    disconnectStep('bridge', 'user-2'),
    dockerStep('network', 'inspect', 'bridge'),
    dockerStep('network', 'inspect', 'user-net'),
  ],
};
