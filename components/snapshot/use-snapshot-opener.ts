'use client';
import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import type { SnapshotResult } from '@/lib/api/schemas/snapshot-schema';
import { fetchSnapshot, readSnapshotFile, SAMPLE_SNAPSHOT_URL } from '@/lib/client/read-snapshot';
import type { OpenedSnapshot } from '../dashboard/map-source';

/** What opens snapshots, and what is open: shared by the header's menu, the no-engine page and the drop zone. */
export interface SnapshotOpener {
  opened: OpenedSnapshot | null;
  /** What is being opened, in words, while it is read. */
  busy: string | null;
  /** Why the last file was refused, in one sentence (the map shown does not change). */
  error: string | null;
  openFile(file: File): Promise<void>;
  openSample(): Promise<void>;
  /** Back to live engines (not offered when the server itself shows a snapshot). */
  close: (() => void) | null;
  dismissError(): void;
}

export const SnapshotOpenerContext = createContext<SnapshotOpener | null>(null);

export function useOpener(): SnapshotOpener {
  const opener = useContext(SnapshotOpenerContext);
  if (!opener) throw new Error('useOpener outside <SnapshotOpenerContext>');
  return opener;
}

/** `?sample` in the address: a link that opens the sample map. */
const SAMPLE_PARAM = 'sample';
function markSample(on: boolean) {
  const url = new URL(window.location.href);
  if (on === url.searchParams.has(SAMPLE_PARAM)) return;
  if (on) url.searchParams.set(SAMPLE_PARAM, '1');
  else url.searchParams.delete(SAMPLE_PARAM);
  window.history.replaceState(window.history.state, '', url);
}

/**
 * Holds the snapshot the page shows instead of live engines. A file is read and checked in the
 * browser and shown whole or refused in words, the map on screen left as it was. `served`: the
 * server shows NETATLAS_SNAPSHOT, read once from GET /api/snapshot, with no way back to live.
 */
export function useSnapshotOpenerState(served: boolean): SnapshotOpener {
  const [opened, setOpened] = useState<OpenedSnapshot | null>(null);
  const [busy, setBusy] = useState<string | null>(served ? 'Reading the snapshot this server shows…' : null);
  const [error, setError] = useState<string | null>(null);

  const take = useCallback(async (what: string, read: () => Promise<SnapshotResult>, from: OpenedSnapshot['from'], name: string) => {
    setBusy(what);
    setError(null);
    const result = await read();
    setBusy(null);
    if (!result.ok) return setError(from === 'file' ? `${name} was not opened. ${result.message}` : result.message);
    setOpened({ snapshot: result.snapshot, from, name });
    markSample(from === 'sample');
  }, []);

  const openFile = useCallback((file: File) => take(`Opening ${file.name}…`, () => readSnapshotFile(file), 'file', file.name), [take]);
  const openSample = useCallback(() => take('Opening the sample map…', () => fetchSnapshot(SAMPLE_SNAPSHOT_URL), 'sample', 'the sample map'), [take]);

  useEffect(() => {
    if (served) void take('Reading the snapshot this server shows…', () => fetchSnapshot('/api/snapshot'), 'server', 'NETATLAS_SNAPSHOT');
    else if (new URL(window.location.href).searchParams.has(SAMPLE_PARAM)) void openSample();
  }, [served, take, openSample]);

  const close = useCallback(() => {
    setOpened(null);
    markSample(false);
  }, []);
  return { opened, busy, error, openFile, openSample, close: served ? null : close, dismissError: () => setError(null) };
}
