import type { OpenedSnapshot } from '../dashboard/map-source';

/** "6 Dec 2026, 20:10:00": a snapshot's time in the reader's own locale and time zone. */
export function takenAtText(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
}

/** Where a snapshot on screen came from, in words. */
export function originText(opened: OpenedSnapshot): string {
  if (opened.from === 'sample') return 'the sample map (the tutorial\'s setup, captured from a real engine)';
  if (opened.from === 'history') return 'the live map as it was then, from this server\'s history';
  if (opened.from === 'server') return 'the file this server was started with (NETATLAS_SNAPSHOT)';
  return opened.name;
}
