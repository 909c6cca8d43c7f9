import type { GoalCheck, Lab, LabStep } from './lab-types';

/** The container a `docker run --name X` step creates. */
function runName(step: LabStep): string[] {
  const args = step.docker;
  if (args?.[0] !== 'run') return [];
  const at = args.indexOf('--name');
  return at > 0 && args[at + 1] ? [args[at + 1]] : [];
}

function containersOf(check: GoalCheck): string[] {
  switch (check.kind) {
    case 'attached': return [check.container];
    case 'reach': case 'no-name': return [check.from, check.to];
    default: return [];
  }
}

function networksOf(check: GoalCheck): string[] {
  switch (check.kind) {
    case 'network': return [check.network];
    case 'attached': return check.networks;
    default: return [];
  }
}

/**
 * The names a lab works with: the containers it sets up, its goals name or its steps run, and the networks its goals
 * name (never the default bridge, which every engine has). "Set me up" refuses to start when another
 * container or network already holds one of them; the map highlights them while the lab is open.
 */
export function labNames(lab: Lab): { containers: string[]; networks: string[] } {
  const containers = new Set([
    ...lab.setup.map((c) => c.name),
    ...lab.goals.flatMap((g) => containersOf(g.check)),
    // The image does not matter for names.
    ...lab.steps('image').flatMap(runName),
  ]);
  const networks = new Set(lab.goals.flatMap((g) => networksOf(g.check)));
  networks.delete('bridge');
  return { containers: [...containers], networks: [...networks] };
}
