/** The relative time in the engine's status text (moby's units.HumanDuration), with its "ago". */
const RELATIVE_TIME = /\s+(?:Less than a second|About an? (?:minute|hour)|\d+ (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?))(?: ago)?/;

/**
 * The engine's human status without its relative time: `Up 3 minutes (healthy)` → `Up (healthy)`,
 * `Exited (137) 2 hours ago` → `Exited (137)`. The time changes every minute with nothing else
 * changed; kept, it would make every read of the map differ from the last one and every diff carry
 * every container. What the status says (running, exit code, health, paused) stays.
 */
export function toTimeFreeStatus(status: string | undefined): string {
  return (status ?? '').replace(RELATIVE_TIME, '').trim();
}
