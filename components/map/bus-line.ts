import { useInternalNode } from '@xyflow/react';
import { busLine } from '@/lib/graph/bus-geometry';
import { networkColor } from '@/lib/graph/network-color';
import type { NetworkFlowNode } from '@/lib/graph/types';

export { BUS_BAR_WIDTH } from '@/lib/graph/bus-geometry';

/** busLine between two nodes of the canvas, with the network's colour; null until both are there. */
export function useBusLine(source: string, target: string) {
  const from = useInternalNode(source);
  const to = useInternalNode(target);
  if (!from || !to) return null;
  return { ...busLine(from, to), color: networkColor((to.data as NetworkFlowNode['data']).network) };
}
