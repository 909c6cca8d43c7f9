'use client';
import { useCallback, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { exportFrame } from '@/lib/graph/export-frame';
import type { MapEdge, MapNode } from '@/lib/graph/types';
import { zoomTier, type ZoomTier } from '@/lib/graph/zoom-tier';
import { exportFileName } from '@/lib/api/schemas/to-snapshot';
import { offerDownload, renderMapImage, type ImageKind } from './render-map-image';

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));

/**
 * Export of the map as a picture. While it runs, the canvas draws every node (not only those on
 * screen) with the text of the picture's own zoom (`exportTier`, for MapCanvas); the state says what
 * is being exported, and a failure in words.
 */
export function useMapExport(engineName: string) {
  const flow = useReactFlow<MapNode, MapEdge>();
  const [exportTier, setExportTier] = useState<ZoomTier | null>(null);
  const [busy, setBusy] = useState<ImageKind | null>(null);
  const [error, setError] = useState<string | null>(null);
  const exportImage = useCallback(async (kind: ImageKind) => {
    setBusy(kind);
    setError(null);
    try {
      setExportTier(zoomTier(exportFrame(flow.getNodesBounds(flow.getNodes())).zoom));
      // The canvas renders every node with the picture's text first (two frames: render, then layout).
      await nextFrame();
      await nextFrame();
      const blob = await renderMapImage(kind, flow);
      offerDownload(blob, exportFileName('map', engineName, new Date().toISOString(), kind));
    } catch (err) {
      setError(`The ${kind.toUpperCase()} could not be made: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setExportTier(null);
      setBusy(null);
    }
  }, [flow, engineName]);
  return { exportTier, busy, error, exportImage };
}
