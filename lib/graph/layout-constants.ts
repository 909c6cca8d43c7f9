/**
 * Sizes the layout reserves, in canvas pixels. The node components render at exactly these sizes, so
 * every node carries its size as `measured` too: React Flow counts a node as measured only once it has
 * drawn it, and on a big map, with off-screen nodes left undrawn (onlyRenderVisibleElements), its
 * fitView would wait for them for ever (the fit-view button did nothing on 1,000 containers).
 */
export const SIZES = {
  /** The network's header card; the bus bar runs down from its centre. */
  networkWidth: 210,
  networkMinHeight: 190,
  /** Horizontal room the bus itself takes between two bands. */
  busColumn: 40,
  containerWidth: 250,
  containerHeight: 56,
  /** Row pitch inside a group: leaves a 24px gap, enough for an edge label between two rows. */
  rowPitch: 80,
  /** Horizontal room between a bus and a group for the edge and its IP label. */
  edgeSpace: 110,
  /** Room between the two sub-columns of a large group (labels of both columns' edges sit here). */
  subColumnGap: 120,
  groupPadX: 12,
  groupPadTop: 28,
  groupPadBottom: 12,
  groupGapY: 40,
  /** Groups larger than this split into two staggered sub-columns. */
  maxPerColumn: 8,
  /** First group row starts below the network header so the header stays readable. */
  top: 120,
  /** Gap between the last regular row and the tier of groups that span non-adjacent networks. */
  longTierGap: 60,
  /** Vertical gap between two rows of buses when a wide map wraps. */
  rowGap: 110,
  /** Aspect ratio (width / height) the wrapped map aims for: a landscape screen. */
  targetAspect: 1.7,
  /** A host box (several engines): room around its map, its header, and the gap to the next host. */
  hostPad: 24,
  hostHeader: 70,
  hostGap: 60,
  /** A host with nothing to draw (not answering yet, or empty) still gets a box to say so. */
  hostEmptyWidth: 520,
  hostEmptyHeight: 150,
} as const;

/** Every size the layout reserves. */
export type LayoutSizes = { readonly [K in keyof typeof SIZES]: number };

/**
 * The overview: each group of containers is one chip with its counts, and the edges carry counts
 * instead of addresses, so the room kept beside each bus for an IP label shrinks; the whole map of a
 * big host then fits a screen with every network name legible (see chooseMapLevel).
 */
export const OVERVIEW_SIZES: LayoutSizes = {
  ...SIZES,
  containerWidth: 200,
  containerHeight: 64,
  edgeSpace: 48,
  groupGapY: 24,
  // Below the card, whose name is set larger here (two lines of NETWORK_NAME_PX.overview).
  top: 150,
  networkMinHeight: 150,
  rowGap: 70,
};

/** Font sizes (canvas px) of what must stay legible: a network's name on its card, per level. */
export const NETWORK_NAME_PX = { containers: 16, overview: 30 } as const;
