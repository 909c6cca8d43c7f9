'use client';
import { useEffect, useState } from 'react';
import { whenMapFramed } from './map-framed';

/**
 * The map's first picture, an SVG the server drew into the page (lib/graph/first-picture.ts), over the
 * canvas's place while the page's scripts load and start (about a second on a big host and a small
 * machine): in the HTML, it is on screen before any script runs, its names real text. It goes once the
 * canvas has framed the map itself, a frame after the canvas painted the same picture under it. It
 * takes no pointer: while both are there, the clicks belong to the canvas.
 */
export default function PreviewLayer({ svg }: { svg: string }) {
  const [gone, setGone] = useState(false);
  useEffect(() => whenMapFramed(() => setGone(true)), []);
  if (gone) return null;
  return (
    <div data-testid="map-preview" className="pointer-events-none absolute inset-0 z-10 flex items-center justify-center bg-slate-50 [&>svg]:h-full [&>svg]:w-full"
      // The picture is markup the server made from the engine's names, every one escaped (firstPicture).
      dangerouslySetInnerHTML={{ __html: svg }} />
  );
}
