/** The engine's option that marks its own default bridge, whatever it is named (`dockerd --bridge`). */
export const DEFAULT_BRIDGE_OPTION = 'com.docker.network.bridge.default_bridge';

/**
 * True for the engine's own default `bridge` network, where the embedded DNS does not serve: the
 * engine's option first, the name only where an engine does not send options (the network list of
 * some engines omits them).
 */
export function isDefaultBridge(n: { name: string; driver: string; options: Record<string, string> | null | undefined }): boolean {
  const flag = n.options?.[DEFAULT_BRIDGE_OPTION];
  if (flag !== undefined) return flag === 'true';
  return n.name === 'bridge' && n.driver === 'bridge';
}
