import type { ReactNode } from 'react';
import type { EngineFacts } from '@/lib/topology/engine-facts';

/**
 * What the server already knew of the live map when it sent the page, on screen with its first paint
 * and until the page has read the map itself: the header's engine facts, and on a big host the map's
 * first picture (PreviewLayer: over the canvas until the canvas has framed the map).
 */
export interface FirstSight {
  facts?: EngineFacts;
  picture?: ReactNode;
}
