/** 1-based line and column of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/**
 * A JSON.parse failure in words that point into the file: "not valid JSON at line 3, column 5
 * (Expected ',' or '}' after property value)". V8 gives a character position in most messages;
 * newer versions also give line and column, which are taken as they are.
 */
export function jsonErrorWords(err: unknown, text: string): string {
  const raw = err instanceof Error ? err.message : String(err);
  const lc = /\(line (\d+) column (\d+)\)/.exec(raw);
  const pos = /at position (\d+)/.exec(raw);
  const where = lc ? { line: Number(lc[1]), column: Number(lc[2]) } : pos ? lineColumn(text, Number(pos[1])) : null;
  const why = raw.replace(/\s*in JSON at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)/, '').replace(/, "[^]*" is not valid JSON$/, '').trim();
  if (!where && /end of JSON input/i.test(raw)) return `not valid JSON: it ends too early${text.trim() ? '' : ' (the file is empty)'}`;
  return where ? `not valid JSON at line ${where.line}, column ${where.column} (${why})` : `not valid JSON (${why})`;
}
