/**
 * The snapshot file's constants, without its schema: the page writes and names snapshots from its first
 * picture, and checks one (snapshot-schema.ts, with zod) only when the user opens a file.
 */

/** The format this netatlas writes and reads; a newer netatlas writes `netatlas.snapshot/2` and up. */
export const SNAPSHOT_FORMAT = 'netatlas.snapshot/1';

/** Larger than any real map's file (1,000 containers write ~1 MB): a bigger file is refused unread. */
export const MAX_SNAPSHOT_BYTES = 64 * 1024 * 1024;
