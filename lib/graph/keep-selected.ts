/**
 * `after` with React Flow's `selected` flag carried over from `before`, by id. The map's lists are
 * rebuilt from engine data on every update and on Tidy, and that data knows nothing of what the user
 * clicked: taken as-is, every update would clear the highlight of the node or edge the side panel is
 * showing.
 */
export function keepSelected<T extends { id: string; selected?: boolean }>(before: readonly T[], after: T[]): T[] {
  const selected = new Set(before.filter((x) => x.selected).map((x) => x.id));
  return after.map((x) => (selected.has(x.id) ? { ...x, selected: true } : x));
}
