/**
 * The two questions a container's state answers for networking, each with one home:
 * - does the engine hold its network stack (addresses, published ports, DNS registrations)? Running,
 *   paused and restarting containers keep them; the map shows their addresses and ports as taken.
 * - does anything in it answer packets right now? Only a running container: a paused one keeps its
 *   addresses, but its processes are frozen, so a connect or ping times out.
 */

/** The engine holds the container's network stack: its addresses, published ports and names stay taken. */
export function holdsNetworkStack(state: string): boolean {
  return state === 'running' || state === 'paused' || state === 'restarting';
}

/** Something in the container can answer packets now (running; not paused, restarting or stopped). */
export function answersPackets(state: string): boolean {
  return state === 'running';
}
