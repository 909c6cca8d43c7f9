import { describe, expect, it } from 'vitest';
import { captured, cleanCaptured, cleanConfigs, context, idOf, nameOf, withEnv } from './__fixtures__/doctor-fixture';
import { nameOnDefaultBridge } from './name-on-default-bridge';

const t = captured();

describe('name_on_default_bridge (captured topology: legacy-a and legacy-b on the default bridge; env hand-written)', () => {
  it('flags legacy-a naming legacy-b in an environment value: an error, with a one-click fix', () => {
    const [d, ...rest] = nameOnDefaultBridge(context(t, withEnv({ 'legacy-a': { env: [`PEER_URL=http://${nameOf('legacy-b')}:8080/`] } })));
    expect(rest).toEqual([]);
    expect(d.severity).toBe('error');
    expect(d.subjects.map((s) => s.id).sort()).toEqual([idOf('legacy-a'), idOf('legacy-b')].sort());
    expect(d.message).toContain(`${nameOf('legacy-a')}: PEER_URL`);
    const net = `${nameOf('legacy-a')}-${nameOf('legacy-b')}-net`;
    expect(d.fix.steps).toEqual([
      { action: 'create-network', name: net },
      { action: 'connect', network: net, container: nameOf('legacy-a') },
      { action: 'connect', network: net, container: nameOf('legacy-b') },
    ]);
    expect(d.fix.text).toContain(`docker network create ${net} && docker network connect ${net} ${nameOf('legacy-a')}`);
  });

  it('one finding per pair, whichever names the other', () => {
    const configs = withEnv({ 'legacy-a': { env: [`B_HOST=${nameOf('legacy-b')}`] }, 'legacy-b': { env: [`A=${nameOf('legacy-a')}:9000`] } });
    const found = nameOnDefaultBridge(context(t, configs));
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain(`${nameOf('legacy-a')}: B_HOST`);
    expect(found[0].message).toContain(`${nameOf('legacy-b')}: A`);
  });

  it('a --link makes the name resolve: info about the deprecated link, not an error', () => {
    const configs = withEnv({ 'legacy-a': { env: [`B_HOST=${nameOf('legacy-b')}`], links: [{ container: nameOf('legacy-b'), alias: 'b' }] } });
    const [d] = nameOnDefaultBridge(context(t, configs));
    expect(d.severity).toBe('info');
    expect(d.message).toMatch(/--link/);
    expect(d.fix.text).toMatch(/drop their links/);
  });

  it('a plain word in a variable that is no address is not a reference (CACHE_DRIVER=<name> names a driver)', () => {
    expect(nameOnDefaultBridge(context(t, withEnv({ 'legacy-a': { env: [`CACHE_DRIVER=${nameOf('legacy-b')}`] } })))).toEqual([]);
  });

  it('nothing when the reference is on a user-defined network, or names a container not on the bridge', () => {
    expect(nameOnDefaultBridge(context(t, withEnv({ api: { env: [`DB_HOST=${nameOf('db')}`] }, 'legacy-a': { env: [`X_HOST=${nameOf('db')}`] } })))).toEqual([]);
  });

  it('nothing when both also share a user-defined network (the name resolves there)', () => {
    const shared = captured((raw) => {
      const a = raw.containers.find((c) => c.Id === idOf('legacy-a'))!;
      const b = raw.containers.find((c) => c.Id === idOf('legacy-b'))!;
      const app = raw.networks.find((n) => n.Name === nameOf('app-net'))!;
      for (const c of [a, b]) c.NetworkSettings!.Networks![app.Name] = { NetworkID: app.Id, IPAddress: '' };
    });
    const ctx = context(shared, withEnv({ 'legacy-a': { env: [`B_HOST=${nameOf('legacy-b')}`] } }));
    const [a, b] = [idOf('legacy-a'), idOf('legacy-b')].map((id) => ctx.containers.get(id)!);
    expect(ctx.shared(a, b).map((n) => n.name)).toContain(nameOf('app-net'));
    expect(nameOnDefaultBridge(ctx)).toEqual([]);
  });

  it('nothing on a clean topology', () => {
    const clean = cleanCaptured();
    expect(nameOnDefaultBridge(context(clean, cleanConfigs(clean)))).toEqual([]);
  });
});
