'use client';
import type { DropTarget } from '../map/use-drop-target';
import { useActions } from '../actions/ActionsContext';
import MapCanvas, { type MapCanvasProps } from '../map/MapCanvas';

const ALL_DROPS: ReadonlyArray<DropTarget['kind']> = ['network', 'container'];
const READ_ONLY_DROPS: ReadonlyArray<DropTarget['kind']> = ['container'];

type Props = Omit<MapCanvasProps, 'onDrop' | 'dropKinds' | 'onDeleteEndpoint'> & {
  /** Shift-drop of one container on another: "can it reach that one?" */
  onAskReach: (fromId: string, toId: string) => void;
};

/**
 * The map with its gestures wired: drop on a network connects, Delete on an edge disconnects (both
 * off when read-only), Shift-drop on a container asks whether it can reach that one.
 */
export default function ActionableMap({ onAskReach, ...props }: Props) {
  const { readOnly, open } = useActions();
  const onDrop = (t: DropTarget) => {
    if (t.kind === 'container') onAskReach(t.containerId, t.targetId);
    else if (!readOnly) open({ kind: 'connect', containerId: t.containerId, networkId: t.networkId });
  };
  return (
    <MapCanvas
      {...props}
      onDrop={onDrop}
      dropKinds={readOnly ? READ_ONLY_DROPS : ALL_DROPS}
      onDeleteEndpoint={readOnly ? undefined : (containerId, networkId) => open({ kind: 'disconnect', containerId, networkId })}
    />
  );
}
