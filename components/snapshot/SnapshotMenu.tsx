'use client';
import { useRef, type Ref } from 'react';
import { MENU_BUTTON, MENU_ITEM, MENU_LIST, useMenu } from '../header/use-menu';
import { useOpener } from './use-snapshot-opener';
import { useCompare } from '../compare/use-compare';

/** A hidden chooser of one JSON file, opened by a menu item; the same file may be picked again. */
function JsonFileInput({ ref, label, testId, onFile }: { ref: Ref<HTMLInputElement>; label: string; testId: string; onFile: (file: File) => void }) {
  return (
    <input ref={ref} type="file" accept=".json,application/json" aria-label={label} data-testid={testId} className="hidden"
      onChange={(e) => {
        const file = e.target.files?.[0];
        e.target.value = '';
        if (file) onFile(file);
      }} />
  );
}

/**
 * "Snapshots": open a snapshot file (read in the browser; it never goes to the server), compare the
 * map shown with one, explore the sample map, or go back to the live engines.
 */
export default function SnapshotMenu() {
  const opener = useOpener();
  const compare = useCompare();
  const { open, setOpen, root } = useMenu();
  const input = useRef<HTMLInputElement>(null);
  const compareInput = useRef<HTMLInputElement>(null);
  const pick = (fn: () => void) => () => {
    setOpen(false);
    fn();
  };
  return (
    <div ref={root} className="relative">
      <button type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((v) => !v)} className={MENU_BUTTON}>
        Snapshots
      </button>
      <JsonFileInput ref={input} label="Snapshot file to open" testId="open-snapshot-input" onFile={(file) => void opener.openFile(file)} />
      <JsonFileInput ref={compareInput} label="Snapshot file to compare with" testId="compare-snapshot-input" onFile={(file) => void compare.compareWith(file)} />
      {open && (
        <div role="menu" aria-label="Snapshots" className={`${MENU_LIST} w-64`}>
          <button type="button" role="menuitem" className={MENU_ITEM} onClick={pick(() => input.current?.click())}
            title="A file saved with Export → Snapshot (JSON); you can also drop it on the page">
            Open snapshot…
          </button>
          <button type="button" role="menuitem" className={MENU_ITEM} onClick={pick(() => compareInput.current?.click())}
            title="Marks on this map what changed since a snapshot: added, removed (as ghosts) and changed containers, networks, attachments and ports">
            Compare with snapshot…
          </button>
          {compare.against && <button type="button" role="menuitem" className={MENU_ITEM} onClick={pick(compare.stop)}>Stop comparing</button>}
          <button type="button" role="menuitem" className={MENU_ITEM} onClick={pick(() => void opener.openSample())}
            title="The tutorial's setup, captured from a real engine: explore it without Docker">
            Explore the sample map
          </button>
          {opener.opened && opener.close && (
            <button type="button" role="menuitem" className={MENU_ITEM} onClick={pick(opener.close)}>Back to the live map</button>
          )}
        </div>
      )}
    </div>
  );
}
