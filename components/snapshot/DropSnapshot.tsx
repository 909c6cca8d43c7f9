'use client';
import { useEffect, useState } from 'react';
import { useOpener } from './use-snapshot-opener';

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

/**
 * Drop a snapshot file anywhere on the page to open it (read in the browser). Only a drag that
 * carries files shows the drop zone; dragging containers on the map is not affected.
 */
export default function DropSnapshot() {
  const opener = useOpener();
  const [over, setOver] = useState(false);
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setOver(true);
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const dragOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      const file = e.dataTransfer?.files[0];
      if (file) void opener.openFile(file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', dragOver);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', dragOver);
      window.removeEventListener('drop', drop);
    };
  }, [opener]);
  if (!over) return null;
  return (
    <div data-testid="snapshot-drop-zone" className="pointer-events-none fixed inset-0 z-50 flex items-center justify-center bg-sky-900/20">
      <p className="rounded-xl border-2 border-dashed border-sky-600 bg-white px-8 py-6 text-lg font-medium text-sky-900 shadow-lg">
        Drop a netatlas snapshot (.json) to open it
      </p>
    </div>
  );
}
