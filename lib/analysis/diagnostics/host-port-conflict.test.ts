import { describe, expect, it } from 'vitest';
import { captured, cleanCaptured, context, idOf, nameOf } from './__fixtures__/doctor-fixture';
import { hostPortConflict } from './host-port-conflict';

describe('host_port_conflict (captured topology with stopped asking for web’s port and failing)', () => {
  it('names the container that could not start and the one holding the port', () => {
    let webPort = 0;
    const t = captured((raw) => {
      webPort = Number(raw.inspects[idOf('web')]!.HostConfig!.PortBindings!['80/tcp']![0].HostPort);
      const stopped = raw.inspects[idOf('stopped')]!;
      stopped.HostConfig!.PortBindings = { '8080/tcp': [{ HostIp: '127.0.0.1', HostPort: String(webPort) }] };
      stopped.State = { Status: 'created', Error: `driver failed programming external connectivity on endpoint x (1): Bind for 127.0.0.1:${webPort} failed: port is already allocated` };
    });
    const [d, ...rest] = hostPortConflict(context(t));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ rule: 'host_port_conflict', severity: 'error' });
    expect(d.subjects.map((s) => s.id)).toEqual([idOf('stopped'), idOf('web')]);
    expect(d.message).toBe(`${nameOf('stopped')} could not start: host port 127.0.0.1:${webPort}/tcp is already taken by ${nameOf('web')}.`);
    expect(d.fix.text).toContain(`-p <free port>:8080`);
  });

  it('nothing when every container started', () => {
    expect(hostPortConflict(context(captured()))).toEqual([]);
    expect(hostPortConflict(context(cleanCaptured()))).toEqual([]);
  });
});
