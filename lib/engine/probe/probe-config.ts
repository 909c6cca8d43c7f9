/** The image a probe helper runs when NETATLAS_PROBE_IMAGE is not set. */
export const DEFAULT_PROBE_IMAGE = 'busybox';

/** Hard limit on one probe's helper, from its creation to its removal: killed and removed at the limit. */
export const PROBE_TIME_LIMIT_MS = 10_000;

/** NETATLAS_PROBE_IMAGE (read per probe), else `busybox`. It is never pulled. */
export function probeImage(): string {
  return process.env.NETATLAS_PROBE_IMAGE?.trim() || DEFAULT_PROBE_IMAGE;
}
