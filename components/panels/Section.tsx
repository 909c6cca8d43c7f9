import type { ReactNode } from 'react';

/** A titled block of the inspection panel. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="border-t border-slate-200 px-4 py-3">
      <h3 className="mb-1.5 text-xs font-semibold uppercase tracking-wide text-slate-500">{title}</h3>
      {children}
    </section>
  );
}

/** Label/value rows. Values that are empty show as a dash. */
export function Facts({ rows }: { rows: Array<[string, ReactNode]> }) {
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-0.5 text-sm">
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="text-slate-500">{k}</dt>
          <dd className="break-all text-slate-900">{v === '' || v === null || v === undefined ? '—' : v}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Why a label shows no value: the server withholds it (docs/api.md, README "Security model"). */
export const WITHHELD_TITLE =
  'The value is withheld: labels often carry secrets. The server shows values only of compose, stack, OCI image and ' +
  'netatlas labels, and of keys matching NETATLAS_SHOW_LABELS.';

/** A key/value map (labels, options), or "none". A null value is a withheld label: `key=(withheld)`. */
export function KeyValues({ map, testId }: { map: Record<string, string | null>; testId?: string }) {
  const entries = Object.entries(map);
  if (entries.length === 0) return <p className="text-sm text-slate-500">none</p>;
  return (
    <ul data-testid={testId} className="space-y-0.5 font-mono text-xs text-slate-800">
      {entries.map(([k, v]) => (
        <li key={k} className="break-all">
          {k}={v ?? <span data-testid="withheld-label" className="italic text-slate-500" title={WITHHELD_TITLE}>(withheld)</span>}
        </li>
      ))}
    </ul>
  );
}

/** Names as small chips, or a sentence saying why there are none. */
export function Chips({ items, empty, testId }: { items: string[]; empty: string; testId?: string }) {
  if (items.length === 0) return <span className="text-sm text-slate-500">{empty}</span>;
  return (
    <span data-testid={testId} className="flex flex-wrap gap-1">
      {items.map((x) => (
        <span key={x} className="rounded bg-sky-50 px-1.5 py-0.5 font-mono text-xs text-sky-900">{x}</span>
      ))}
    </span>
  );
}

/** The panel's title block: what kind of object, its name, its short id. */
export function PanelHeader({ kind, name, id }: { kind: string; name: string; id: string }) {
  return (
    <header className="px-4 py-3">
      <div className="text-xs uppercase tracking-wide text-slate-500">{kind}</div>
      <h2 className="break-all text-lg font-semibold text-slate-900">{name}</h2>
      <div className="font-mono text-xs text-slate-500">{id.slice(0, 12)}</div>
    </header>
  );
}
