/**
 * One `NETATLAS_SHOW_LABELS` pattern as a matcher of label keys: `*` matches any run of characters
 * (none included), every other character only itself. Nothing else is special (no `?`, no classes),
 * so a key's dots and slashes need no escaping and a pattern means what it reads.
 */
export function labelGlob(pattern: string): (key: string) => boolean {
  const source = pattern.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('.*');
  const re = new RegExp(`^${source}$`, 's');
  return (key) => re.test(key);
}
