import type { Lab } from '../lab-types';
import { connectStep, createNetworkStep } from '../lab-steps';

export const reverseProxy: Lab = {
  id: 'reverse-proxy',
  title: 'A reverse proxy that finds its backends by name',
  source: 'Advanced 8',
  summary:
    'Put proxy, app1 and app2 on one network, proxy-net, so that the proxy reaches both services by name: DNS-based service discovery. ' +
    'An nginx there would say proxy_pass http://app1:80; here proxy proves both names answer on port 80.',
  setup: [
    { name: 'proxy', role: 'the reverse proxy' },
    { name: 'app1', listens: 80, role: 'a web service (a listener on 80)' },
    { name: 'app2', listens: 80, role: 'a web service (a listener on 80)' },
  ],
  goals: [
    { id: 'network', text: 'proxy-net exists as a user-defined network', check: { kind: 'network', network: 'proxy-net' } },
    { id: 'proxy', text: 'proxy is on proxy-net', check: { kind: 'attached', container: 'proxy', networks: ['proxy-net'] } },
    { id: 'app1', text: 'app1 is on proxy-net', check: { kind: 'attached', container: 'app1', networks: ['proxy-net'] } },
    { id: 'app2', text: 'app2 is on proxy-net', check: { kind: 'attached', container: 'app2', networks: ['proxy-net'] } },
    { id: 'proxy-app1', text: 'proxy reaches app1 by name on port 80', check: { kind: 'reach', from: 'proxy', to: 'app1', port: 80, by: 'name', expect: true } },
    { id: 'proxy-app2', text: 'proxy reaches app2 by name on port 80', check: { kind: 'reach', from: 'proxy', to: 'app2', port: 80, by: 'name', expect: true } },
  ],
  steps: () => [
    createNetworkStep('reverse-proxy', 'proxy-net'),
    connectStep('proxy-net', 'proxy'),
    connectStep('proxy-net', 'app1'),
    connectStep('proxy-net', 'app2'),
  ],
};
