/**
 * The tag of a spec that `npm test` runs on the first engine only (scripts/test.sh: the second pass, on the
 * current engine, runs `--grep-invert @once`).
 *
 * A spec (or one case) gets it when what it proves belongs to the browser, the server's perimeter or a file,
 * not to the engine that answers: how the map is drawn and read (zoom, overview, filters, search, history,
 * export, compare, the requests of a load), the page's boot, the login and headers, the sample map, the page
 * with no engine — and the host of 300 containers, whose creation alone takes minutes per pass while the
 * watcher at scale is proven on both engines by the integration suite (a burst of 200 connects). What
 * differs between engines (reading, events, actions, probes, labs, outages, IPv6 and default routes) stays
 * in both passes.
 */
export const ONCE = { tag: '@once' } as const;
