/**
 * Splits a stream of text chunks into complete lines. The engine's event stream is newline-delimited
 * JSON whose chunks may cut a line in two or carry several lines at once.
 */
export class LineBuffer {
  private rest = '';

  /** Adds a chunk; returns the complete, non-empty lines it finished. */
  push(chunk: string): string[] {
    const text = this.rest + chunk;
    const lines = text.split('\n');
    this.rest = lines.pop() ?? '';
    return lines.map((l) => l.trim()).filter(Boolean);
  }

  reset(): void {
    this.rest = '';
  }
}
