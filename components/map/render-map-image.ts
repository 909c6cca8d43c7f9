'use client';
import type { ReactFlowInstance } from '@xyflow/react';
import { loadPart } from '@/lib/client/load-part';
import { exportFrame } from '@/lib/graph/export-frame';
import type { MapEdge, MapNode } from '@/lib/graph/types';

export type ImageKind = 'png' | 'svg';

/** The background the canvas has on screen (slate-50). */
const BACKGROUND = '#f8fafc';

/**
 * Draws the whole map as it is on the canvas (filters, grouping and collapsed groups included) into
 * a picture: every node, not only the part on screen, framed by exportFrame. SVG keeps the text as
 * text (the nodes are HTML inside a foreignObject); PNG is drawn at one pixel per canvas pixel.
 * The canvas must have every node rendered and the zoom tier of the frame set (useMapExport).
 */
export async function renderMapImage(kind: ImageKind, flow: ReactFlowInstance<MapNode, MapEdge>): Promise<Blob> {
  const viewport = document.querySelector<HTMLElement>('[data-testid="map-canvas"] .react-flow__viewport');
  if (!viewport) throw new Error('the map is not on the page');
  const f = exportFrame(flow.getNodesBounds(flow.getNodes()));
  // Loaded with the first export, not with the page.
  const { toBlob, toSvg } = await loadPart('image exporter', () => import('html-to-image'));
  const options = {
    width: f.width, height: f.height, pixelRatio: 1, backgroundColor: BACKGROUND,
    style: { width: `${f.width}px`, height: `${f.height}px`, transform: `translate(${f.x}px, ${f.y}px) scale(${f.zoom})` },
  };
  if (kind === 'png') {
    const png = await toBlob(viewport, options);
    if (!png) throw new Error('the browser could not draw the picture');
    return png;
  }
  const url = await toSvg(viewport, options);
  return new Blob([decodeURIComponent(url.slice(url.indexOf(',') + 1))], { type: 'image/svg+xml' });
}

/** Offers `blob` as a download named `name`. */
export function offerDownload(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
