'use client';
import { useMemo } from 'react';
import type { LabId } from '@/lib/labs/lab-types';
import type { Topology } from '@/lib/topology/types';
import SidePanel from '../dashboard/SidePanel';
import type { OpenedSnapshot } from '../dashboard/map-source';
import LabPicker from './LabPicker';
import LabView from './LabView';
import { labEngineId } from './lab-engine';
import { labMapKey } from './lab-map-key';
import { labsOffWhy } from './lab-words';
import { useLabs } from './use-labs';

interface Props {
  /** The chosen lab (kept in the URL: useLabChoice), or null: the list. */
  labId: LabId | null;
  onChoose: (id: LabId | null) => void;
  /** The whole map (every host, unfiltered): a change to it is what sets off a new check. */
  topology?: Topology;
  /** The engine picked on the map, on a map of several. */
  picked: string | null;
  readOnly: boolean;
  snapshot?: OpenedSnapshot;
  onClose: () => void;
}

const INTRO = 'Practice problems from the Docker networking tutorial: set one up, solve it on the map or in a terminal, and watch each goal get proven on the live engine.';

/** The Labs panel: the list of labs, or the open one with its goals checked live. */
export default function LabsPanel({ labId, onChoose, topology, picked, readOnly, snapshot, onClose }: Props) {
  const labs = useLabs(true);
  const lab = labs.data?.find((l) => l.id === labId);
  const open = Boolean(lab);
  const mapKey = useMemo(() => (open && topology ? labMapKey(topology) : ''), [open, topology]);
  return (
    <SidePanel title="Labs" testId="labs-panel" onClose={onClose} intro={lab ? undefined : INTRO}>
      <div className="mt-2 flex-1 overflow-y-auto px-4 pb-4">
        {labs.isLoading && !labs.data && <p className="text-sm text-slate-500">Reading the labs…</p>}
        {labs.error && <p role="alert" className="text-sm text-red-800">{labs.error.message}</p>}
        {lab ? (
          <LabView key={lab.id} lab={lab} engineId={labEngineId(topology, picked)} offWhy={labsOffWhy(readOnly, snapshot)} mapKey={mapKey} onBack={() => onChoose(null)} />
        ) : (
          labs.data && <LabPicker labs={labs.data} onPick={onChoose} />
        )}
      </div>
    </SidePanel>
  );
}
