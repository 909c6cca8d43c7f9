/**
 * What the engine itself says, read with dockerode at assertion time: the values the map must show
 * come from `docker inspect`, not from the app under test.
 */
import { engine } from '../../test/support/test-engine';

export interface ContainerFacts {
  /** The 12-char short id (also a DNS alias on user-defined networks). */
  shortId: string;
  state: string;
  /** IPv4 per network name; '' where the endpoint has none (stopped, host mode). */
  ipv4: Record<string, string>;
}

/** `docker inspect <name>`, reduced to what the specs compare against. */
export async function containerFacts(name: string): Promise<ContainerFacts> {
  const info = await engine().getContainer(name).inspect();
  const ipv4: Record<string, string> = {};
  for (const [network, settings] of Object.entries(info.NetworkSettings.Networks ?? {})) ipv4[network] = settings.IPAddress ?? '';
  return { shortId: info.Id.slice(0, 12), state: info.State.Status, ipv4 };
}
