/**
 * The labs' HTTP side, through the route handlers as Next.js calls them: the list, the gate every lab
 * action passes (bad id, foreign Origin, read-only: refused before the engine changes), a lab whose
 * names are taken (409 naming them, nothing created), and Set me up / Reset through the routes.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { LAB_IDS, LAB_LABEL } from '@/lib/labs/lab-types';
import { setupLab } from '@/lib/usecases/labs/setup-lab';
import { TEST_IMAGE, createContainer, withOwner } from '../support/test-engine';
import { api } from './support/routes';
import { useScenario } from './support/scenario';

describe('the labs routes', () => {
  const s = useScenario();
  const saved = process.env.NETATLAS_PROBE_IMAGE;

  /** The containers of a lab on the engine (by its label). */
  async function labContainers(id: string): Promise<string[]> {
    const list = await s.docker.listContainers({ all: true, filters: JSON.stringify({ label: [`${LAB_LABEL}=${id}`] }) });
    return list.map((c) => c.Names[0].slice(1)).sort();
  }

  beforeAll(() => {
    process.env.NETATLAS_PROBE_IMAGE = TEST_IMAGE;
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
  });
  afterEach(() => {
    delete process.env.NETATLAS_READ_ONLY;
  });
  afterAll(async () => {
    await api.lab('el-pipeline', 'reset');
    await api.lab('backend-only', 'reset');
    vi.restoreAllMocks();
    if (saved === undefined) delete process.env.NETATLAS_PROBE_IMAGE;
    else process.env.NETATLAS_PROBE_IMAGE = saved;
  });

  it('GET /api/labs lists the eight labs with their goals and a CLI solution for the probe image', async () => {
    const { status, body } = await api.labs();
    expect(status).toBe(200);
    expect(body.map((l: { id: string }) => l.id)).toEqual([...LAB_IDS]);
    const tier = body.find((l: { id: string }) => l.id === 'multi-tier');
    expect(tier.goals.map((g: { id: string }) => g.id)).toEqual(['frontend', 'backend', 'api', 'db', 'web', 'api-db', 'web-db']);
    expect(tier.containers).toEqual(expect.arrayContaining(['api', 'db', 'web']));
    expect(tier.networks.sort()).toEqual(['backend', 'frontend']);
    expect(tier.steps[0].text).toBe('docker network create --label netatlas.lab=multi-tier frontend');
    const ports = body.find((l: { id: string }) => l.id === 'port-mapping');
    expect(ports.steps[0].text).toContain(`-p 127.0.0.1:5433:5432 ${TEST_IMAGE} httpd -f -p 5432`);
  });

  it('an unknown lab is 400 naming the labs; a foreign Origin 403; read-only refused; none of them creates anything', async () => {
    const bad = await api.lab('multi-tier; rm -rf /', 'setup');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('multi-tier');
    const foreign = await api.lab('el-pipeline', 'setup', { headers: { Origin: 'http://evil.example' } });
    expect(foreign.status).toBe(403);
    const form = await api.lab('el-pipeline', 'setup', { headers: { 'Content-Type': 'text/plain' } });
    expect(form.status).toBe(415);
    process.env.NETATLAS_READ_ONLY = '1';
    for (const action of ['setup', 'check', 'reset'] as const) {
      const ro = await api.lab('el-pipeline', action);
      expect(ro.body.error.code, action).toBe('read_only');
    }
    expect(await labContainers('el-pipeline')).toEqual([]);
  });

  it('a name taken by something else: 409 naming it, and the lab does not start', async () => {
    const mine = await createContainer(s.docker, { name: 'outsider' }, withOwner(s.labels));
    try {
      const { status, body } = await api.lab('backend-only', 'setup');
      expect(status).toBe(409);
      expect(body.error.message).toContain('a container named outsider');
      expect(body.error.message).toContain('Nothing was changed');
      expect(await labContainers('backend-only')).toEqual([]);
    } finally {
      await s.docker.getContainer(mine.id).remove({ force: true });
    }
  });

  it('Set me up creates the lab’s containers (201, then 200 keeping them); Reset removes them and only them', async () => {
    const first = await api.lab('el-pipeline', 'setup');
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.created.sort()).toEqual(['job', 'source-db', 'target-db']);
    expect(await labContainers('el-pipeline')).toEqual(['job', 'source-db', 'target-db']);
    const again = await api.lab('el-pipeline', 'setup');
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ created: [], kept: expect.arrayContaining(['job']) });
    const other = await createContainer(s.docker, { name: s.name('bystander') }, withOwner(s.labels));
    const reset = await api.lab('el-pipeline', 'reset');
    expect(reset.status).toBe(200);
    expect(reset.body.removed.containers.sort()).toEqual(['job', 'source-db', 'target-db']);
    expect(await labContainers('el-pipeline')).toEqual([]);
    expect((await s.docker.getContainer(other.id).inspect()).State.Running).toBe(true);
  });

  it('two checks at once (two tabs) share one run and one answer; apart they would take each other’s probe slots', async () => {
    // Set up by the use case, with this file's labels.
    await setupLab(s.client, 'el-pipeline', { labels: withOwner(s.labels) });
    try {
      const [a, b] = await Promise.all([api.lab('el-pipeline', 'check'), api.lab('el-pipeline', 'check')]);
      expect(a.status).toBe(200);
      expect(b.body).toEqual(a.body);
      expect(a.body.goals.find((g: { id: string }) => g.id === 'job-source').evidence).toContain('job could not resolve source-db');
      expect(JSON.stringify(a.body.goals)).not.toContain('already running');
    } finally {
      await api.lab('el-pipeline', 'reset');
    }
  });
});
