'use client';
import { ReactFlowProvider } from '@xyflow/react';
import { useLiveMap } from '../hooks/use-live-map';
import { useSnapshotMap } from '../hooks/use-snapshot-map';
import { usePastMap } from '../hooks/use-past-map';
import { TimeTravelContext, useTimeTravelState } from '../history/use-time-travel';
import { CompareContext, useCompareState } from '../compare/use-compare';
import DropSnapshot from '../snapshot/DropSnapshot';
import SnapshotNotice from '../snapshot/SnapshotNotice';
import { SnapshotOpenerContext, useSnapshotOpenerState } from '../snapshot/use-snapshot-opener';
import DashboardView from './DashboardView';
import type { FirstSight } from './first-sight';
import type { OpenedSnapshot } from './map-source';

interface DashboardProps {
  /** The server refuses every change (NETATLAS_READ_ONLY): no action is offered. */
  readOnly: boolean;
  /** The server needs a token (NETATLAS_TOKEN): the header offers "Log out". */
  loginRequired: boolean;
  /** The server shows a snapshot file (NETATLAS_SNAPSHOT) instead of engines. */
  servedSnapshot: boolean;
  /** What the server already knew of the live map when it sent the page (see FirstSight). */
  first?: FirstSight;
}

type ViewProps = Omit<DashboardProps, 'servedSnapshot' | 'first'>;

function LiveMap(props: ViewProps & { first?: FirstSight }) {
  return <DashboardView source={useLiveMap()} {...props} />;
}

function SnapshotMap({ opened, ...props }: ViewProps & { opened: OpenedSnapshot }) {
  return <DashboardView source={useSnapshotMap(opened)} {...props} />;
}

function PastMap({ at, ...props }: ViewProps & { at: number }) {
  return <DashboardView source={usePastMap(at)} {...props} />;
}

/**
 * The whole dashboard, over live engines, a snapshot (a file opened or dropped, the sample map, or the
 * server's NETATLAS_SNAPSHOT), or the live map's past (the timeline). Switching remounts the view: a
 * snapshot shares nothing with the live map (no stream, no actions), and going back reads the live
 * map afresh. Scrubbing the past keeps one canvas, so the picture moves instead of being redrawn.
 */
export default function Dashboard({ servedSnapshot, first, ...props }: DashboardProps) {
  const opener = useSnapshotOpenerState(servedSnapshot);
  const travel = useTimeTravelState();
  const compare = useCompareState();
  const { opened } = opener;
  return (
    <SnapshotOpenerContext.Provider value={opener}>
      <TimeTravelContext.Provider value={travel}>
      <CompareContext.Provider value={compare}>
      <DropSnapshot />
      {opened ? (
        // Each map has its own canvas state (viewport, measured nodes): a provider of its own.
        <ReactFlowProvider key={`${opened.from}:${opened.name}:${opened.snapshot.takenAt}`}>
          <SnapshotMap opened={opened} {...props} />
        </ReactFlowProvider>
      ) : travel.at !== null && !servedSnapshot ? (
        <ReactFlowProvider key="history">
          <PastMap at={travel.at} {...props} />
        </ReactFlowProvider>
      ) : servedSnapshot ? (
        <div className="flex h-screen flex-col bg-slate-50"><SnapshotNotice /></div>
      ) : (
        <ReactFlowProvider key="live">
          <LiveMap first={first} {...props} />
        </ReactFlowProvider>
      )}
      </CompareContext.Provider>
      </TimeTravelContext.Provider>
    </SnapshotOpenerContext.Provider>
  );
}
