/** Marks every probe helper container netatlas starts (`docker ps -a --filter label=netatlas.probe`). */
export const PROBE_LABEL = 'netatlas.probe';
