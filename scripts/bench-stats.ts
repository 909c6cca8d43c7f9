/** Order statistics the benchmark reports (medians and p95, never means: a shared machine has outliers). */
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
export const median = (xs: number[]) => { const s = sorted(xs); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
export const p95 = (xs: number[]) => { const s = sorted(xs); return s[Math.ceil(0.95 * s.length) - 1]; };
export const round = (x: number) => Math.round(x * 10) / 10;
