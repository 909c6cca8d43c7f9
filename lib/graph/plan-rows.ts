/**
 * Splits a left-to-right sequence of bands into rows so the whole map comes close to `aspect`
 * (width / height). Tries every row count and keeps the one whose bounding box is nearest the
 * target; rows are filled greedily up to total width / rows. Returns band indices per row.
 */
export function planRows(widths: number[], heights: number[], aspect: number): number[][] {
  const total = widths.reduce((a, b) => a + b, 0);
  let best: { rows: number[][]; score: number } | null = null;
  for (let count = 1; count <= Math.max(1, widths.length); count++) {
    const rows = split(widths, total / count);
    const w = Math.max(...rows.map((r) => r.reduce((s, k) => s + widths[k], 0)));
    const h = rows.reduce((s, r) => s + Math.max(...r.map((k) => heights[k])), 0);
    const score = Math.abs(Math.log(w / h / aspect));
    if (!best || score < best.score - 1e-9) best = { rows, score };
  }
  return best ? best.rows : [widths.map((_, i) => i)];
}

function split(widths: number[], target: number): number[][] {
  const rows: number[][] = [[]];
  let acc = 0;
  widths.forEach((w, k) => {
    const row = rows[rows.length - 1];
    // Break before a band when the row would overshoot the target by more than half the band.
    if (row.length > 0 && acc + w / 2 > target) {
      rows.push([k]);
      acc = w;
    } else {
      row.push(k);
      acc += w;
    }
  });
  return rows;
}
