'use client';
import type { ReactNode } from 'react';
import { engineFacts, type EngineFacts } from '@/lib/topology/engine-facts';
import type { Topology } from '@/lib/topology/types';
import ConnectionStatus from '../header/ConnectionStatus';
import EngineHeader from '../header/EngineHeader';
import EnginePicker from '../header/EnginePicker';
import ExportMenu from '../header/ExportMenu';
import LogoutButton from '../header/LogoutButton';
import PanelToggles, { type SidePanelKind } from '../header/PanelToggles';
import SearchBox from '../header/SearchBox';
import type { SearchHit } from '@/lib/graph/search-map';
import NetworkActionsBar from '../actions/NetworkActionsBar';
import SnapshotMenu from '../snapshot/SnapshotMenu';
import HistoryToggle from '../history/HistoryToggle';
import SnapshotStatus from '../snapshot/SnapshotStatus';
import { offerSnapshot } from '../snapshot/offer-snapshot';
import type { MapSource } from './map-source';
import { useActivity } from '../hooks/activity-store';
import type { useMapExport } from '../map/use-map-export';

interface Props {
  source: MapSource;
  /** The map as drawn (one host, filtered). */
  shown?: Topology;
  /** Until the page has read the map: the facts the server sent with the page, if any. */
  firstFacts?: EngineFacts;
  picked: string | null;
  onPick(engineId: string | null): void;
  readOnly: boolean;
  loginRequired: boolean;
  picture: ReturnType<typeof useMapExport>;
  /** The live map or its past (the history is offered). */
  live: boolean;
  side: SidePanelKind | null;
  onToggleSide(kind: SidePanelKind): void;
  onSearchPick(hit: SearchHit): void;
  /** The level switch, when a map is drawn. */
  levelSwitch: ReactNode;
}

/** The header: what is shown (engine facts or the snapshot), its state, and the tools over the map. */
export default function DashboardHeader({ source, shown, firstFacts, picked, onPick, readOnly, loginRequired, picture, live, side, onToggleSide, onSearchPick, levelSwitch }: Props) {
  const { data, snapshot } = source;
  const activityCount = useActivity(source.activity).length;
  return (
    <header className="flex flex-wrap items-center gap-x-6 gap-y-2 border-b border-slate-200 bg-white px-4 py-2">
      <h1 className="text-base font-bold tracking-tight">netatlas</h1>
      <EnginePicker topology={data} value={picked} onChange={onPick} />
      <EngineHeader facts={shown ? engineFacts(shown) : firstFacts} />
      {readOnly && !snapshot && (
        <span data-testid="read-only-badge" title="NETATLAS_READ_ONLY is set: the server refuses every change" className="rounded bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">
          read-only
        </span>
      )}
      <div className="ml-auto flex items-center gap-4">
        {snapshot ? <SnapshotStatus opened={snapshot} /> : <ConnectionStatus link={source.link} error={source.error} updatedAt={source.updatedAt} />}
        {levelSwitch}
        {/* With no engine and no map there is nothing to change (the actions would only fail in the engine's words). */}
        {(data || !source.error) && <NetworkActionsBar engineId={picked} />}
        {data && (
          <ExportMenu onImage={(kind) => void picture.exportImage(kind)} busy={picture.busy} error={picture.error}
            onSnapshot={snapshot ? () => offerSnapshot(snapshot.snapshot) : undefined} />
        )}
        {live && !source.error && <HistoryToggle />}
        <SnapshotMenu />
        <PanelToggles open={side} onToggle={onToggleSide} hidden={[...(data?.swarms.length ? [] : ['swarm' as const]), ...(snapshot ? ['activity' as const, 'labs' as const] : [])]}
          counts={{ activity: snapshot ? undefined : activityCount, doctor: source.diagnostics.data?.length, swarm: data?.swarms.reduce((n, s) => n + s.services.length, 0) }} />
        <SearchBox topology={shown} onPick={onSearchPick} />
        {loginRequired && <LogoutButton />}
      </div>
    </header>
  );
}
