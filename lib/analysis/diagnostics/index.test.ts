import { describe, expect, it } from 'vitest';
import { captured, cleanCaptured, cleanConfigs, idOf, nameOf, withEnv } from './__fixtures__/doctor-fixture';
import { buildDiagnostics } from './index';

describe('buildDiagnostics', () => {
  it('no finding at all on a clean topology with a realistic, correct configuration', () => {
    const clean = cleanCaptured();
    expect(buildDiagnostics(clean, cleanConfigs(clean))).toEqual([]);
  });

  it('the capture as recorded: db on every interface, legacy-a/b only on the default bridge; nothing else', () => {
    const found = buildDiagnostics(captured());
    expect(found.map((d) => `${d.severity} ${d.rule} ${d.subjects.map((s) => s.id).join(',')}`)).toEqual([
      `warning datastore_on_all_interfaces ${idOf('db')}`,
      `info no_user_network ${idOf('legacy-a')}`, // by name: …-legacy-a before …-legacy-b
      `info no_user_network ${idOf('legacy-b')}`,
    ]);
  });

  it('lists errors first, then warnings, then infos', () => {
    const t = captured();
    const found = buildDiagnostics(t, withEnv({ 'legacy-a': { env: [`B_HOST=${nameOf('legacy-b')}`] }, api: { env: ['DB_URL=postgres://localhost/x'] } }));
    expect(found.map((d) => d.severity)).toEqual(['error', 'error', 'warning', 'info', 'info']);
    expect(found.map((d) => d.rule).slice(0, 2)).toEqual(['name_on_default_bridge', 'localhost_to_other']);
  });

  it('never repeats an environment value: a planted password appears nowhere in the findings', () => {
    const t = captured();
    const configs = withEnv({
      api: { env: ['DB_PASSWORD=hunter2', 'DB_URL=postgres://u:hunter2@localhost:5432/x'] },
      'legacy-a': { env: [`PEER=http://admin:hunter2@${nameOf('legacy-b')}:8080/`] },
      web: { env: [`DB=postgres://u:hunter2@host.docker.internal:${t.containers.find((c) => c.id === idOf('db'))!.ports[0].hostPort}/x`] },
    });
    const found = buildDiagnostics(t, configs);
    expect(found.map((d) => d.rule)).toEqual(expect.arrayContaining(['localhost_to_other', 'name_on_default_bridge']));
    const json = JSON.stringify(found);
    expect(json).toContain('DB_URL');
    expect(json).not.toContain('hunter2');
  });
});
