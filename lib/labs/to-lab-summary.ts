import { labNames } from './lab-names';
import type { Lab, LabSummary } from './lab-types';

/** GET /api/labs's entry for one lab, with the CLI solution written for `image` (the probe image). */
export function toLabSummary(lab: Lab, image: string): LabSummary {
  const names = labNames(lab);
  return {
    id: lab.id,
    title: lab.title,
    source: lab.source,
    summary: lab.summary,
    goals: lab.goals.map((g) => ({ id: g.id, text: g.text })),
    containers: names.containers,
    networks: names.networks,
    steps: lab.steps(image),
  };
}
