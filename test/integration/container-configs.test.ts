/**
 * The doctor's container configs (environment, legacy links) on the real engine: read for the containers
 * the map names, without listing the engine again; an environment read once is kept while its container
 * lives (it cannot change), so a warm read asks the engine nothing; a container with a link is read
 * every time, since the engine writes the linked container's current name and a rename changes it.
 */
import type Docker from 'dockerode';
import { beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { EngineClient } from '@/lib/engine/engine-client';
import { readContainerConfigs } from '@/lib/engine/read-container-configs';
import { newClient, sessionDocker, useScenario, type Created } from './support/scenario';

/** Counts what the configs ask of the engine: inspects go through `getContainer(id)`, lists through `listContainers`. */
async function spyOn(client: EngineClient): Promise<{ inspects: MockInstance<Docker['getContainer']>; lists: MockInstance<Docker['listContainers']> }> {
  const docker = await sessionDocker(client);
  return { inspects: vi.spyOn(docker, 'getContainer'), lists: vi.spyOn(docker, 'listContainers') };
}

describe('container configs for the doctor', () => {
  const s = useScenario();
  let client: EngineClient;
  let db: Created;
  let api: Created;
  let idle: Created;
  let legacy: Created;
  let spies: Awaited<ReturnType<typeof spyOn>>;

  beforeAll(async () => {
    db = await s.container('db');
    api = await s.container('api', { env: ['DB_PASSWORD=hunter2', `DB_HOST=${s.name('db')}`] });
    idle = await s.container('idle', { start: false, env: ['MODE=batch'] });
    legacy = await s.container('legacy', { links: [`${s.name('db')}:database`] });
    client = newClient();
    spies = await spyOn(client);
  });

  /** The variables the test set (the image adds its own PATH). */
  const own = (env: Array<[string, string]>) => env.filter(([name]) => name !== 'PATH');

  it('reads each named container once, lists nothing, and keeps the environment in the engine’s order', async () => {
    const configs = await readContainerConfigs(client, [db.id, api.id, idle.id, legacy.id]);
    expect(own(configs[api.id].env)).toEqual([['DB_PASSWORD', 'hunter2'], ['DB_HOST', s.name('db')]]);
    expect(own(configs[idle.id].env)).toEqual([['MODE', 'batch']]);
    expect(configs[legacy.id].links).toEqual([{ container: s.name('db'), alias: 'database' }]);
    expect(spies.lists).not.toHaveBeenCalled();
    expect(spies.inspects.mock.calls.map(([id]) => id).sort()).toEqual([db.id, api.id, idle.id, legacy.id].sort());
  });

  it('a warm read inspects only the container with a link, and a rename of the linked one shows', async () => {
    spies.inspects.mockClear();
    await s.docker.getContainer(db.id).rename({ name: s.name('db2') });
    const configs = await readContainerConfigs(client, [db.id, api.id, idle.id, legacy.id]);
    expect(spies.inspects.mock.calls.map(([id]) => id)).toEqual([legacy.id]);
    expect(configs[legacy.id].links).toEqual([{ container: s.name('db2'), alias: 'database' }]);
    expect(own(configs[api.id].env)).toEqual([['DB_PASSWORD', 'hunter2'], ['DB_HOST', s.name('db')]]);
    expect(spies.lists).not.toHaveBeenCalled();
  });

  it('a container no longer named is forgotten; one removed since the map was read is left out', async () => {
    spies.inspects.mockClear();
    await readContainerConfigs(client, [api.id]);
    await s.docker.getContainer(idle.id).remove({ force: true });
    const configs = await readContainerConfigs(client, [api.id, idle.id]);
    // idle was forgotten by the read that did not name it, so it is asked for again: the engine no longer has it.
    expect(spies.inspects.mock.calls.map(([id]) => id)).toEqual([idle.id]);
    expect(Object.keys(configs)).toEqual([api.id]);
  });
});
