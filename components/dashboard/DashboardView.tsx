'use client';
import { useEffect, useMemo, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { containerNodeId, networkNodeId } from '@/lib/graph/types';
import { onlyEngine } from '@/lib/graph/split-by-host';
import { applyMapFilter } from '@/lib/graph/map-filter';
import ActivityPanel from '../activity/ActivityPanel';
import DoctorPanel from '../doctor/DoctorPanel';
import { PANEL_LABEL, type SidePanelKind } from '../header/PanelToggles';
import PortMapPanel from '../ports/PortMapPanel';
import { FALLBACK_REFRESH_MS } from '../hooks/use-topology';
import ActionDialogs from '../actions/ActionDialogs';
import { ActionsProvider } from '../actions/ActionsContext';
import ActionToast from '../actions/ActionToast';
import ActionableMap from './ActionableMap';
import LevelSwitch from '../map/LevelSwitch';
import { useMapLevel, whenDrawn } from '../map/use-map-level';
import { useMapView } from '../map/use-map-view';
import { useMapExport } from '../map/use-map-export';
import { GroupToggle } from '../map/group-toggle';
import ContainerPanel from '../panels/ContainerPanel';
import NetworkPanel from '../panels/NetworkPanel';
import EngineProblem from './EngineProblem';
import SwarmPanel from '../swarm/SwarmPanel';
import FilterBar from '../header/FilterBar';
import { useMapFilter } from '../header/use-map-filter';
import SnapshotBanner from '../snapshot/SnapshotBanner';
import SnapshotNotice from '../snapshot/SnapshotNotice';
import { useOpener } from '../snapshot/use-snapshot-opener';
import Timeline from '../history/Timeline';
import CompareBar from '../compare/CompareBar';
import { useCompare } from '../compare/use-compare';
import { compareView } from '@/lib/graph/compare-view';
import { withDiffMarks } from '@/lib/graph/with-diff-marks';
import { withoutProbeHelpers } from '@/lib/graph/without-probe-helpers';
import { withLabMarks } from '@/lib/graph/with-lab-marks';
import LabsPanel from '../labs/LabsPanel';
import { OpenLab } from '../labs/OpenLabContext';
import { useLabChoice } from '../labs/use-lab-choice';
import { useLabs } from '../labs/use-labs';
import { clockTime } from '@/lib/client/clock-time';
import { useTimeTravel } from '../history/use-time-travel';
import DashboardHeader from './DashboardHeader';
import type { FirstSight } from './first-sight';
import type { MapSource } from './map-source';
import { analysisVersion } from '../hooks/use-analysis';

/** What the doctor's findings are, when the map is not live. */
function doctorNote(snapshot: MapSource['snapshot']): string | undefined {
  if (!snapshot) return undefined;
  if (snapshot.from === 'history') return 'On a past map the doctor judges the map alone: findings that need a container\'s environment (localhost, names in variables) are left out.';
  return snapshot.snapshot.diagnostics ? 'The findings saved with the snapshot when it was taken.' : 'This snapshot carries no findings: these are the ones its map alone shows.';
}

interface DashboardViewProps {
  /** What the map shows: live engines or a snapshot. */
  source: MapSource;
  /** The server refuses every change (NETATLAS_READ_ONLY): no action is offered. */
  readOnly: boolean;
  /** The server needs a token (NETATLAS_TOKEN): the header offers "Log out". */
  loginRequired: boolean;
  /** What the server already knew of the live map when it sent the page (see FirstSight). */
  first?: FirstSight;
}

/**
 * The dashboard over one source: header, filters, the map, the details and side panels, and the
 * actions (none on a snapshot, or when the server runs read-only).
 */
export default function DashboardView({ source, readOnly, loginRequired, first }: DashboardViewProps) {
  const { data, error, updatedAt, refresh, link, diagnostics, snapshot } = source;
  const opener = useOpener();
  const travel = useTimeTravel();
  /** The live map or its past: the timeline belongs to them (a file has no history here). */
  const live = !snapshot || snapshot.from === 'history';
  const isLoading = !data && !error;
  const engineDown = link.state === 'reconnecting' || link.state === 'unreachable';
  const stale = Boolean(error) || engineDown;
  const problem = error?.message ?? link.error?.message ?? 'The Docker engine stopped answering.';
  const [selected, setSelected] = useState<string | null>(null);

  const [side, setSide] = useState<SidePanelKind | null>(null);
  const toggleSide = (k: SidePanelKind) => setSide((v) => (v === k ? null : k));
  const labChoice = useLabChoice(setSide);
  const labs = useLabs(side === 'labs');
  /** The lab open in the Labs panel: the map marks its names, a network created meanwhile is labelled for it. */
  const openLab = (side === 'labs' && labs.data?.find((l) => l.id === labChoice.labId)) || null;
  const [picked, setPicked] = useState<string | null>(null);
  const pickedKnown = picked && data?.engines.some((e) => e.id === picked) ? picked : null;
  const { filter, setFilter } = useMapFilter();
  const flagged = useMemo(() => new Set((diagnostics.data ?? []).flatMap((d) => d.subjects.map((x) => x.id))), [diagnostics.data]);
  const compare = useCompare();
  const against = compare.against?.snapshot.topology;
  /** While comparing: both maps in one (removed elements as ghosts), the marks, the changes in words. */
  const compared = useMemo(() => (data && against ? compareView(against, data) : null), [data, against]);
  // netatlas's own probe helpers (a probe, a lab check) come and go within a second: not drawn.
  const drawn = useMemo(() => { const d = compared?.drawn ?? data; return d ? withoutProbeHelpers(d) : d; }, [compared, data]);
  /**
   * What the map draws: every host or the one picked, narrowed by the filter (panels keep the whole
   * topology: reachability spans hosts and filters).
   */
  const hostView = useMemo(() => (drawn && pickedKnown ? onlyEngine(drawn, pickedKnown) : drawn), [drawn, pickedKnown]);
  const shown = useMemo(() => (hostView ? applyMapFilter(hostView, filter, flagged) : hostView), [hostView, filter, flagged]);
  const flow = useReactFlow();
  const { view, toggleGroup, expandGroup } = useMapView(filter.group ?? 'network');
  const { level, setLevel, graph: plain, focusWhenDrawn } = useMapLevel(shown, view);
  const graph = useMemo(() => {
    const marked = plain && compared ? withDiffMarks(plain, compared.marks) : plain;
    return marked && openLab ? withLabMarks(marked, openLab) : marked;
  }, [plain, compared, openLab]);
  const picture = useMapExport(data?.engine.name ?? 'engine');
  /** A cluster clicked: the overview opens the container view on its group, a collapsed group expands. */
  const openCluster = (id: string) => {
    expandGroup(id);
    if (level === 'overview') focusWhenDrawn(id, focusNode);
  };
  /** The container a Shift-drop asked about: the selected one's panel opens on "can it reach it?". */
  const [reachTarget, setReachTarget] = useState<string | null>(null);
  const select = (nodeId: string | null) => {
    setSelected(nodeId);
    setReachTarget(null);
  };
  const askReach = (fromId: string, toId: string) => {
    setSelected(containerNodeId(fromId));
    setReachTarget(toId);
    flow.setNodes((nodes) => nodes.map((n) => ({ ...n, selected: n.id === containerNodeId(fromId) })));
  };

  /** Centres a node, selects it and opens its panel (search results, side-panel links). */
  const focusNode = (nodeId: string) => focusOn(nodeId);
  function focusOn(nodeId: string) {
    const node = flow.getInternalNode(nodeId);
    // A container of the overview's clusters: open the container view, then come back to it.
    if (!node && level === 'overview') return focusWhenDrawn(nodeId, focusOn);
    if (!node) return revealHidden(nodeId);
    const w = node.measured.width ?? 200;
    const h = node.measured.height ?? 60;
    const p = node.internals.positionAbsolute;
    // Networks are tall buses: centre on their header, not their middle.
    const y = node.type === 'network' ? p.y + 50 : p.y + h / 2;
    flow.setCenter(p.x + w / 2, y, { zoom: Math.max(flow.getZoom(), 1), duration: 400 });
    flow.setNodes((nodes) => nodes.map((n) => ({ ...n, selected: n.id === nodeId })));
    select(nodeId);
  };
  /**
   * A container the zoomed-out container view left inside its group's count (summarizeGroups): zoom in
   * on where it sits, which draws the containers again, then focus it as usual.
   */
  function revealHidden(nodeId: string) {
    const child = graph?.nodes.find((n) => n.id === nodeId);
    const parent = child?.parentId ? flow.getInternalNode(child.parentId) : undefined;
    if (!child || !parent) return;
    const p = parent.internals.positionAbsolute;
    flow.setCenter(p.x + child.position.x + (child.width ?? 0) / 2, p.y + child.position.y + (child.height ?? 0) / 2, { zoom: Math.max(flow.getZoom(), 1) });
    whenDrawn(flow, nodeId, (id) => flow.getInternalNode(id) && focusOn(id));
  }

  const selectedContainer = data?.containers.find((c) => containerNodeId(c.id) === selected);
  const selectedNetwork = data?.networks.find((n) => networkNodeId(n.id) === selected);
  // F: focus on the selected node's neighbourhood; Esc: end the focus (not while typing in a field).
  const focusName = selectedContainer?.name ?? selectedNetwork?.name;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLElement && e.target.closest('input, select, textarea, [contenteditable]')) return;
      if ((e.key === 'f' || e.key === 'F') && !e.ctrlKey && !e.metaKey && !e.altKey && focusName) setFilter({ ...filter, focus: focusName });
      else if (e.key === 'Escape' && filter.focus && !document.querySelector('[role="dialog"]')) setFilter({ ...filter, focus: undefined });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [focusName, filter, setFilter]);

  return (
    <ActionsProvider readOnly={readOnly || Boolean(snapshot)} readOnlyWhy={snapshot ? 'this map is a snapshot.' : undefined} onChanged={refresh}>
      <div className="flex h-screen flex-col bg-slate-50 text-slate-900">
        <DashboardHeader source={source} shown={shown} firstFacts={error ? undefined : first?.facts} picked={pickedKnown} onPick={setPicked} readOnly={readOnly} loginRequired={loginRequired}
          picture={picture} live={live} side={side} onToggleSide={toggleSide} onSearchPick={(hit) => focusNode(hit.nodeId)}
          levelSwitch={graph && <LevelSwitch level={level} onChange={setLevel} />} />
        <SnapshotNotice />
        {live && travel.open && <Timeline version={updatedAt} />}
        <CompareBar view={compared} />
        {snapshot && <SnapshotBanner opened={snapshot} onClose={snapshot.from === 'history' ? travel.now : opener.close} />}
        {hostView && shown && <FilterBar topology={hostView} shownCount={shown.containers.length} filter={filter} onChange={setFilter} />}
        {data?.problems?.length ? (
          <div role="alert" data-testid="config-problems" className="border-b border-amber-200 bg-amber-50 px-4 py-1.5 text-sm text-amber-900">
            Engine configuration: {data.problems.map((p) => `${p.file}${p.field ? ` ${p.field}` : ''}: ${p.message}`).join(' · ')} — the other engines are shown.
          </div>
        ) : null}
        {stale && data && (
          <div role="alert" data-testid="stale-banner" className="border-b border-red-200 bg-red-50 px-4 py-1.5 text-sm text-red-800">
            {problem} Showing the last known map{updatedAt ? ` from ${clockTime(updatedAt)}` : ''}; retrying by itself.
          </div>
        )}
        <main className="flex min-h-0 flex-1">
          <div className="relative min-w-0 flex-1">
            {isLoading && !data && (
              <p data-testid="loading" className="mt-16 text-center text-slate-500">Reading networks and containers from the engine…</p>
            )}
            {!error && first?.picture}
            {error && !data && <EngineProblem error={error} onRetry={refresh} retrySeconds={FALLBACK_REFRESH_MS / 1000} />}
            {graph && (
              <GroupToggle.Provider value={toggleGroup}>
                <ActionableMap graph={graph} onSelect={select} onAskReach={askReach} stale={stale} onOpenCluster={openCluster} exportTier={picture.exportTier} />
              </GroupToggle.Provider>
            )}
            {data && <OpenLab.Provider value={openLab}><ActionDialogs topology={data} /></OpenLab.Provider>}
            <ActionToast />
          </div>
          {side && (
            <aside aria-label={PANEL_LABEL[side]} className="w-[380px] shrink-0 border-l border-slate-200 bg-white">
              {side === 'activity' && <ActivityPanel store={source.activity} onClose={() => setSide(null)} onOpenBefore={(time) => travel.goTo(time - 1)} />}
              {side === 'ports' && <PortMapPanel version={analysisVersion(updatedAt, Boolean(error))} ports={source.ports} onClose={() => setSide(null)} onPick={(id) => focusNode(containerNodeId(id))} />}
              {side === 'labs' && (
                <LabsPanel labId={labChoice.labId} onChoose={labChoice.setLabId} topology={data} picked={pickedKnown} readOnly={readOnly} snapshot={snapshot} onClose={() => setSide(null)} />
              )}
              {side === 'swarm' && data && <SwarmPanel topology={data} onClose={() => setSide(null)} onPick={(id) => focusNode(containerNodeId(id))} />}
              {side === 'doctor' && (
                <DoctorPanel diagnostics={diagnostics} topology={data} note={doctorNote(snapshot)} onClose={() => setSide(null)}
                  onPick={(kind, id) => focusNode(kind === 'container' ? containerNodeId(id) : networkNodeId(id))} />
              )}
            </aside>
          )}
          {data && (selectedContainer || selectedNetwork) && (
            <aside aria-label="Details" className="w-[380px] shrink-0 overflow-y-auto border-l border-slate-200 bg-white">
              <div className="flex justify-end px-2 pt-2">
                <button type="button" aria-label="Close details" onClick={() => select(null)} className="rounded px-2 text-slate-500 hover:bg-slate-100">✕</button>
              </div>
              {selectedContainer && <ContainerPanel container={selectedContainer} topology={data} reachTarget={reachTarget} />}
              {selectedNetwork && <NetworkPanel network={selectedNetwork} topology={data} />}
            </aside>
          )}
        </main>
      </div>
    </ActionsProvider>
  );
}
