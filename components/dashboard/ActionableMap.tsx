'use client';
import { useActions } from '../actions/ActionsContext';
import MapCanvas, { type MapCanvasProps } from '../map/MapCanvas';

/** The map with its gestures wired to the actions: drop on a network connects, Delete on an edge disconnects. */
export default function ActionableMap(props: Omit<MapCanvasProps, 'onDropOnNetwork' | 'onDeleteEndpoint'>) {
  const { readOnly, open } = useActions();
  if (readOnly) return <MapCanvas {...props} />;
  return (
    <MapCanvas
      {...props}
      onDropOnNetwork={(t) => open({ kind: 'connect', containerId: t.containerId, networkId: t.networkId })}
      onDeleteEndpoint={(containerId, networkId) => open({ kind: 'disconnect', containerId, networkId })}
    />
  );
}
