/**
 * `NETATLAS_SHOW_LABELS`: comma-separated glob patterns of label keys whose values may be shown
 * (`traefik.*,com.example.team`). Blank entries are ignored (a trailing comma is harmless). A
 * pattern with a space, `=` (a key=value pair written by mistake) or a control character is refused
 * and the whole setting with it: the caller then shows no extra value rather than guess. The words
 * say which entry, never what it holds (a key=value pair may itself be a secret).
 */
export function parseShowLabels(value: string | undefined): { patterns: string[] } | { problem: string } {
  const patterns = (value ?? '').split(',').map((p) => p.trim());
  // eslint-disable-next-line no-control-regex
  const bad = patterns.findIndex((p) => /[\s=\u0000-\u001f\u007f]/.test(p));
  if (bad >= 0) {
    return { problem: `entry ${bad + 1} is not a label key pattern (keys and *, comma-separated, no spaces or =); only the built-in labels' values are shown` };
  }
  return { patterns: patterns.filter(Boolean) };
}
