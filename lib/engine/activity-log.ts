import type { ActivityEntry } from '../topology/engine-change';

/** The last `limit` activity entries, in the server's memory only (gone on restart). */
export class ActivityLog {
  private entries: ActivityEntry[] = [];
  private seq = 0;

  constructor(private readonly limit: number) {}

  add(entry: Omit<ActivityEntry, 'seq'>): ActivityEntry {
    const full = { ...entry, seq: ++this.seq };
    this.entries.push(full);
    if (this.entries.length > this.limit) this.entries.splice(0, this.entries.length - this.limit);
    return full;
  }

  /** Newest first. */
  list(): ActivityEntry[] {
    return [...this.entries].reverse();
  }
}
