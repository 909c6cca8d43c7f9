import type { SourceProblem } from './engine-spec';

/**
 * A problem as one line for a log or a banner:
 * `/etc/netatlas.json engines[1].host ("db-host"): plain tcp:// has no encryption…`.
 */
export function describeProblem(problem: SourceProblem): string {
  const where = [problem.file, problem.field].filter(Boolean).join(' ');
  return `${where}${problem.name ? ` ("${problem.name}")` : ''}: ${problem.message}`;
}
