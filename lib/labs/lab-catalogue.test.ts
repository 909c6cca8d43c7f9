import { describe, expect, it } from 'vitest';
import { LABS, labById } from './lab-catalogue';
import { labNames } from './lab-names';
import { LAB_IDS, LAB_LABEL, type GoalCheck, type Lab, type LabId, type LabStep } from './lab-types';
import { toLabSummary } from './to-lab-summary';

const IMAGE = 'registry.example/busybox:lab';

/** Every value that follows `flag` in a docker argument list (`--label a --label b` gives both). */
const valuesOf = (args: string[], flag: string) => args.flatMap((a, i) => (a === flag && i + 1 < args.length ? [args[i + 1]] : []));

const dockerSteps = (lab: Lab) => lab.steps(IMAGE).filter((s): s is LabStep & { docker: string[] } => !!s.docker);
const labelled = (lab: Lab, args: string[]) => valuesOf(args, '--label').includes(`${LAB_LABEL}=${lab.id}`);
const isNetworkCreate = (args: string[]) => args[0] === 'network' && args[1] === 'create';

function goalNetworks(c: GoalCheck): string[] {
  return c.kind === 'network' ? [c.network] : c.kind === 'attached' ? c.networks : [];
}

function goalContainers(c: GoalCheck): string[] {
  return c.kind === 'attached' ? [c.container] : c.kind === 'reach' || c.kind === 'no-name' ? [c.from, c.to] : [];
}

/** What GET /api/labs must list per lab: the containers set up or named by goals, the networks the goals name. */
const NAMES: Record<LabId, { containers: string[]; networks: string[] }> = {
  'ping-by-name': { containers: ['container1', 'container2'], networks: ['test-net'] },
  'port-mapping': { containers: ['lab-postgres'], networks: [] },
  'bridge-vs-user': { containers: ['bridge-1', 'bridge-2', 'user-1', 'user-2'], networks: ['user-net'] },
  'backend-only': { containers: ['db', 'client', 'outsider'], networks: ['backend'] },
  'multi-tier': { containers: ['db', 'api', 'web'], networks: ['frontend', 'backend'] },
  'two-databases': { containers: ['pg-one', 'pg-two'], networks: [] },
  'el-pipeline': { containers: ['source-db', 'target-db', 'job'], networks: ['pipeline'] },
  'reverse-proxy': { containers: ['proxy', 'app1', 'app2'], networks: ['proxy-net'] },
};

describe('the lab catalogue', () => {
  it('holds the eight labs in the tutorial’s order, each found by its id', () => {
    expect(LABS.map((l) => l.id)).toEqual([...LAB_IDS]);
    for (const id of LAB_IDS) expect(labById(id).id).toBe(id);
  });

  for (const lab of LABS) {
    describe(lab.id, () => {
      it('has goals with distinct ids, and containers with distinct names', () => {
        const ids = lab.goals.map((g) => g.id);
        expect(new Set(ids).size).toBe(ids.length);
        const names = lab.setup.map((c) => c.name);
        expect(new Set(names).size).toBe(names.length);
      });

      it('creates every network a goal names (the default bridge aside) with a step labelled for Reset', () => {
        const created = dockerSteps(lab).filter((s) => isNetworkCreate(s.docker) && labelled(lab, s.docker)).map((s) => s.docker[s.docker.length - 1]);
        for (const n of lab.goals.flatMap((g) => goalNetworks(g.check)).filter((n) => n !== 'bridge')) expect(created, n).toContain(n);
      });

      it('sets up every container a goal names, or runs it in a step labelled for Reset', () => {
        const run = dockerSteps(lab).filter((s) => s.docker[0] === 'run' && labelled(lab, s.docker)).flatMap((s) => valuesOf(s.docker, '--name'));
        const available = [...lab.setup.map((c) => c.name), ...run];
        for (const c of lab.goals.flatMap((g) => goalContainers(g.check))) expect(available, c).toContain(c);
      });

      it('labels everything its steps create, so that Reset removes it', () => {
        for (const s of dockerSteps(lab).filter((x) => x.docker[0] === 'run' || isNetworkCreate(x.docker))) expect(labelled(lab, s.docker), s.text).toBe(true);
      });

      it('shows every docker step exactly as it runs', () => {
        for (const s of dockerSteps(lab)) expect(s.text).toBe(`docker ${s.docker.join(' ')}`);
        for (const s of dockerSteps(lab).filter((x) => x.docker[0] === 'run')) expect(s.docker, s.text).toContain(IMAGE);
      });

      it('is summed up for GET /api/labs with its containers, networks, goals and steps', () => {
        const summary = toLabSummary(lab, IMAGE);
        expect(summary).toEqual({
          id: lab.id,
          title: lab.title,
          source: lab.source,
          summary: lab.summary,
          goals: lab.goals.map((g) => ({ id: g.id, text: g.text })),
          containers: NAMES[lab.id].containers,
          networks: NAMES[lab.id].networks,
          steps: lab.steps(IMAGE),
        });
        expect(labNames(lab)).toEqual(NAMES[lab.id]);
      });
    });
  }

  it('never counts the default bridge among a lab’s networks, and names each container once', () => {
    const lab = labById('bridge-vs-user');
    const onBridge: Lab = {
      ...lab,
      goals: [
        ...lab.goals,
        { id: 'b', text: 'bridge-1 stays on the default bridge', check: { kind: 'attached', container: 'bridge-1', networks: ['bridge'] } },
        { id: 'o', text: 'another container', check: { kind: 'no-name', from: 'bridge-1', to: 'observer' } },
      ],
    };
    expect(labNames(onBridge)).toEqual({ containers: ['bridge-1', 'bridge-2', 'user-1', 'user-2', 'observer'], networks: ['user-net'] });
  });
});
