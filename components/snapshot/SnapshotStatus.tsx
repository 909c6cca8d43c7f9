import type { OpenedSnapshot } from '../dashboard/map-source';
import { takenAtText } from './snapshot-words';

/** In place of the live status: this map is a snapshot (or the live map's past), and of when. */
export default function SnapshotStatus({ opened }: { opened: OpenedSnapshot }) {
  return (
    <div role="status" data-testid="connection-status" data-state={opened.from === 'history' ? 'past' : 'snapshot'} className="flex items-center gap-2 text-xs text-slate-600">
      <span className="h-2.5 w-2.5 rounded-full bg-indigo-400" />
      {opened.from === 'history' ? 'The past' : 'Snapshot'} · {takenAtText(opened.snapshot.takenAt)}
    </div>
  );
}
