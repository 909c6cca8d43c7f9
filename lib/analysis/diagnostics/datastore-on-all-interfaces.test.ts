import { describe, expect, it } from 'vitest';
import { ctr } from '../../graph/__fixtures__/synthetic-topology';
import { captured, cleanCaptured, containerOf, context, idOf } from './__fixtures__/doctor-fixture';
import { datastoreOnAllInterfaces } from './datastore-on-all-interfaces';

describe('datastore_on_all_interfaces', () => {
  it('captured db publishes 5432 on 0.0.0.0 and ::: one warning, naming PostgreSQL and the binding', () => {
    const t = captured();
    const port = containerOf(t, 'db').ports.find((p) => p.containerPort === 5432)!.hostPort;
    const found = datastoreOnAllInterfaces(context(t));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'datastore_on_all_interfaces', severity: 'warning', subjects: [{ kind: 'container', id: idOf('db') }] });
    expect(found[0].message).toContain(`PostgreSQL (5432) on 0.0.0.0:${port}`);
    expect(found[0].message).not.toMatch(/\(53\)/); // db's 53/udp is no datastore
    expect(found[0].fix.text).toContain(`-p 127.0.0.1:${port}:5432`);
  });

  it('nothing for 127.0.0.1 (captured web, and db in the clean variant), nor for other ports', () => {
    expect(datastoreOnAllInterfaces(context(cleanCaptured()))).toEqual([]);
  });

  it('several datastore ports of one container in one finding; a stopped one "asks to publish" (synthetic)', () => {
    const c = ctr(1, 'stack-db', {
      state: 'exited',
      ports: [6379, 27017].map((p) => ({ hostIp: '::', hostPort: p, containerPort: p, protocol: 'tcp' as const })),
    });
    const t = { ...captured(), containers: [c], endpoints: [], networks: [] };
    const [d] = datastoreOnAllInterfaces(context(t));
    expect(d.message).toBe('stack-db asks to publish Redis (6379) on [::]:6379, MongoDB (27017) on [::]:27017 on every interface of the host: anyone who can reach this machine can try to log in, and Docker\'s port publishing bypasses host firewalls such as ufw.');
  });
});
