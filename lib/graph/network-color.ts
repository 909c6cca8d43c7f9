import type { Network } from '../topology/types';

/** A stable hue per network name, so a network keeps its colour across reloads. Built-ins are grey. */
export function networkColor(network: Pick<Network, 'name' | 'builtin'>): string {
  if (network.builtin) return 'hsl(215 14% 55%)';
  let h = 0;
  for (let i = 0; i < network.name.length; i++) h = (h * 31 + network.name.charCodeAt(i)) % 360;
  return `hsl(${h} 62% 45%)`;
}
