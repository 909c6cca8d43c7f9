/** An address as the swarm reports it (`10.0.1.2/24`) without its prefix length (`10.0.1.2`). */
export function withoutPrefix(address: string): string {
  const slash = address.indexOf('/');
  return slash === -1 ? address : address.slice(0, slash);
}
