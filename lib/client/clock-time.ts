const two = (n: number) => String(n).padStart(2, '0');

/**
 * A moment as the local wall-clock time, `HH:MM:SS` (24-hour). Not `toLocaleTimeString()`: its first
 * call in a page loads the locale's date formats, ~25 ms on the page's first render (measured in a
 * profile of a load), and the connection status shows a time in that render.
 */
export function clockTime(ms: number): string {
  const d = new Date(ms);
  return `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}
