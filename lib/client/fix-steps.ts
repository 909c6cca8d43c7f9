import type { FixStep } from '../analysis/diagnostic-types';
import type { CliTarget } from '../cli/cli-commands';
import type { ActionOutcome } from './action-outcome';
import { actionCli } from './action-cli';
import { networkActions } from './network-actions';

/** The CLI line of one step of a doctor's fix. */
export function fixStepCli(step: FixStep, engine?: CliTarget): string {
  switch (step.action) {
    case 'create-network': return actionCli.create({ name: step.name }, engine);
    case 'connect': return actionCli.connect(step.network, { container: step.container, aliases: step.aliases }, engine);
    case 'disconnect': return actionCli.disconnect(step.network, step.container, engine);
    case 'remove-network': return actionCli.remove(step.network, engine);
  }
}

async function runStep(engineId: string, step: FixStep): Promise<void> {
  switch (step.action) {
    case 'create-network': await networkActions.create(engineId, { name: step.name }); return;
    case 'connect': await networkActions.connect(engineId, step.network, { container: step.container, ...(step.aliases?.length ? { aliases: step.aliases } : {}) }); return;
    case 'disconnect': await networkActions.disconnect(engineId, step.network, { container: step.container }); return;
    case 'remove-network': await networkActions.remove(engineId, step.network); return;
  }
}

/**
 * Runs a fix's steps in order through the same API as every action; stops at the first refusal,
 * which then names the step it failed on (the steps before it stay done, and the message says so).
 */
export async function applyFix(steps: FixStep[], engine: CliTarget & { id: string }): Promise<ActionOutcome> {
  for (const [i, step] of steps.entries()) {
    try {
      await runStep(engine.id, step);
    } catch (err) {
      if (err instanceof Error) err.message = `Step ${i + 1} of ${steps.length} (${fixStepCli(step, engine)}) failed: ${err.message}${i ? ` Steps 1-${i} were done.` : ''}`;
      throw err;
    }
  }
  return { text: `Fix applied: ${steps.length} step${steps.length === 1 ? '' : 's'} done.` };
}
