import { NETWORK_NAME_PX } from './layout-constants';
import { LEGIBLE_PX } from './map-level';

/**
 * How much of the map's text can be read at a zoom. No text is drawn smaller than LEGIBLE_PX on
 * screen: as the map zooms out, the small print (addresses, images, badges) goes first, then names are
 * set larger in the room their node has, then they go too (the overview is the legible picture there).
 *   near      everything (the smallest print, 12 px, stays legible: from 0.83)
 *   mid       details hidden; names (14 px containers, 16 px networks) as they are
 *   far       names set larger: containers and group labels 22 px, network names 30 px
 *   farthest  container and group names gone (a big container view shows each group as its count:
 *             summarizeGroups); network names 30 px (the overview's own size)
 *   distant   network names and the overview's counts 40 px, as large as a network's card holds two
 *             lines of (only here: the larger, the sooner a long name is cut), so a fitted overview
 *             keeps every name down to a quarter of its size
 *   bare      no text but what is sized to its box (a group's count): even 40 px is smaller than legible
 */
export type ZoomTier = 'near' | 'mid' | 'far' | 'farthest' | 'distant' | 'bare';

/** Font sizes (canvas px) the tiers are made of; the node components draw with these. */
export const TIER_PX = { detail: 12, name: 14, largeName: 22, largeNetworkName: NETWORK_NAME_PX.overview, distantNetworkName: 40 } as const;

const atLeast = (px: number) => LEGIBLE_PX / px;

export function zoomTier(zoom: number): ZoomTier {
  if (zoom >= atLeast(TIER_PX.detail)) return 'near';
  if (zoom >= atLeast(TIER_PX.name)) return 'mid';
  if (zoom >= atLeast(TIER_PX.largeName)) return 'far';
  if (zoom >= atLeast(TIER_PX.largeNetworkName)) return 'farthest';
  if (zoom >= atLeast(TIER_PX.distantNetworkName)) return 'distant';
  return 'bare';
}

/** Container and group names are gone at this zoom tier (farthest and beyond). */
export const pastContainerNames = (tier: ZoomTier): boolean => tier === 'farthest' || tier === 'distant' || tier === 'bare';
