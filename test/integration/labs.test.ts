/**
 * The eight labs (issue 16) on the real engine, each the same way: "Set me up", a check before the
 * user's steps (not done, every goal in words), the CLI solution exactly as "Show me how" gives it,
 * a check that proves every goal live, one step that breaks the solution (a check fails exactly the
 * goals it breaks), then Reset, after which the engine holds what it held before. Lab containers run
 * the test image (their DNS is the embedded one only: no lookup leaves the machine); every resource also
 * carries this file's test labels, and the user's `docker run` steps get `--dns 127.0.0.1` as well.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAB_LABEL, LAB_IDS, type LabCheck, type LabId } from '@/lib/labs/lab-types';
import { labById } from '@/lib/labs/lab-catalogue';
import { checkLab, type LabEngine } from '@/lib/usecases/labs/check-lab';
import { resetLab } from '@/lib/usecases/labs/reset-lab';
import { setupLab } from '@/lib/usecases/labs/setup-lab';
import { LOCAL_ONLY_DNS, TEST_IMAGE, withOwner } from '../support/test-engine';
import { dockerCli } from '../support/docker-cli';
import { useScenario } from './support/scenario';

interface LabCase {
  /** Goals already met right after "Set me up" (the default bridge's own lessons). */
  metBefore: string[];
  /** docker CLI arguments that break the finished lab, and the goals that must then fail. */
  breaks: string[][];
  broken: string[];
}

const CASES: Record<LabId, LabCase> = {
  'ping-by-name': { metBefore: [], breaks: [['network', 'disconnect', 'test-net', 'container2']], broken: ['container2', 'ping'] },
  'port-mapping': {
    metBefore: [],
    breaks: [['rm', '-f', 'lab-postgres'], ['run', '-d', '--name', 'lab-postgres', '-p', '5433:5432', TEST_IMAGE, 'httpd', '-f', '-p', '5432']],
    broken: ['loopback'],
  },
  'bridge-vs-user': { metBefore: ['bridge-no-name', 'bridge-by-ip'], breaks: [['network', 'connect', 'bridge', 'user-1']], broken: ['user-1', 'isolated'] },
  'backend-only': { metBefore: ['outsider-bridge'], breaks: [['network', 'connect', 'bridge', 'db']], broken: ['outsider'] },
  'multi-tier': { metBefore: [], breaks: [['network', 'connect', 'frontend', 'db']], broken: ['db', 'web-db'] },
  'two-databases': { metBefore: [], breaks: [['rm', '-f', 'pg-two']], broken: ['published-5433', 'host-5433'] },
  'el-pipeline': { metBefore: [], breaks: [['network', 'disconnect', 'pipeline', 'job']], broken: ['job', 'job-source', 'job-target'] },
  'reverse-proxy': { metBefore: [], breaks: [['network', 'disconnect', 'proxy-net', 'app2']], broken: ['app2', 'proxy-app2'] },
};

const met = (c: LabCheck) => c.goals.filter((g) => g.met).map((g) => g.id).sort();
const unmet = (c: LabCheck) => c.goals.filter((g) => !g.met).map((g) => g.id).sort();
const words = (c: LabCheck) => c.goals.map((g) => `${g.id}: ${g.met ? 'met' : 'unmet'} — ${g.evidence}`).join('\n');

describe('labs on the real engine', () => {
  const s = useScenario();
  const testLabels = withOwner(s.labels);
  const engine: LabEngine = { client: s.client, id: 'local', host: process.env.DOCKER_HOST || 'unix:///var/run/docker.sock' };
  const saved = process.env.NETATLAS_PROBE_IMAGE;

  /**
   * A step as the user types it, with this file's labels and local-only DNS added to what it creates
   * (`docker run`, `docker network create`), so a failed run's leftovers are found by the test cleanup.
   */
  async function run(args: string[]): Promise<void> {
    const extra = Object.entries(testLabels).flatMap(([k, v]) => ['--label', `${k}=${v}`]);
    const [a, b] = args;
    const withTest =
      a === 'run' ? ['run', ...extra, '--dns', LOCAL_ONLY_DNS[0], ...args.slice(1)]
        : a === 'network' && b === 'create' ? ['network', 'create', ...extra, ...args.slice(2)]
          : args;
    await dockerCli(...withTest);
  }

  /** What the engine holds that a lab could change: every container and network by name and id (probe helpers aside). */
  async function engineState(): Promise<string[]> {
    const [containers, networks] = await Promise.all([s.docker.listContainers({ all: true }), s.docker.listNetworks()]);
    return [
      ...containers.filter((c) => !c.Names[0].startsWith('/netatlas-probe-')).map((c) => `container ${c.Names[0]} ${c.Id}`),
      ...networks.map((n) => `network ${n.Name} ${n.Id}`),
    ].sort();
  }

  const check = (id: LabId) => checkLab(engine, id, { labels: testLabels });

  beforeAll(() => {
    process.env.NETATLAS_PROBE_IMAGE = TEST_IMAGE;
  });

  afterAll(async () => {
    for (const id of LAB_IDS) await resetLab(s.client, id).catch(() => undefined);
    if (saved === undefined) delete process.env.NETATLAS_PROBE_IMAGE;
    else process.env.NETATLAS_PROBE_IMAGE = saved;
  });

  it('port-mapping: a published port where nothing listens inside does not count as reached (Docker’s proxy accepts for it)', async () => {
    await run(['run', '-d', '--name', 'lab-postgres', '--label', `${LAB_LABEL}=port-mapping`, '-p', '127.0.0.1:5433:5432', TEST_IMAGE, 'sleep', 'infinity']);
    try {
      const c = await check('port-mapping');
      const host = c.goals.find((g) => g.id === 'host')!;
      expect(c.goals.find((g) => g.id === 'published')!.met, words(c)).toBe(true);
      expect(host.met, words(c)).toBe(false);
      expect(host.evidence).toMatch(/^127\.0\.0\.1:5433 on the engine’s host (accepted the connection and closed it at once: nothing listens inside the container|refused the connection)/);
    } finally {
      await resetLab(s.client, 'port-mapping');
    }
  });

  for (const id of LAB_IDS) {
    it(`${id}: not done before the steps, proven done after "Show me how", broken exactly where broken, gone after Reset`, async () => {
      const lab = labById(id);
      const c = CASES[id];
      const before = await engineState();

      const setup = await setupLab(s.client, id, { labels: testLabels });
      expect(setup.created.sort()).toEqual(lab.setup.map((x) => x.name).sort());
      const again = await setupLab(s.client, id, { labels: testLabels });
      expect(again.created, 'a second setup creates nothing').toEqual([]);

      const first = await check(id);
      expect(first.done, words(first)).toBe(false);
      expect(met(first), words(first)).toEqual([...c.metBefore].sort());
      for (const g of first.goals) expect(g.evidence.length, g.id).toBeGreaterThan(10);

      for (const step of lab.steps(TEST_IMAGE)) if (step.docker) await run(step.docker);
      const done = await check(id);
      expect(unmet(done), words(done)).toEqual([]);
      expect(done.done).toBe(true);
      for (const g of done.goals) expect(g.evidence, g.id).not.toMatch(/^Not (probed|tried)/);

      for (const step of c.breaks) await run(step[0] === 'run' ? [step[0], '--label', `${LAB_LABEL}=${id}`, ...step.slice(1)] : step);
      const broken = await check(id);
      expect(unmet(broken), words(broken)).toEqual([...c.broken].sort());

      const reset = await resetLab(s.client, id);
      expect(reset.kept).toEqual([]);
      expect(await engineState()).toEqual(before);
    });
  }
});
