/** The ETag of one version of the map: `"<epoch>.<version>"` (the epoch changes with every server start). */
export function topologyEtag(epoch: string, version: number): string {
  return `"${epoch}.${version}"`;
}

/** Whether an If-None-Match header names this ETag (a list, `W/` weak forms and `*` included). */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((t) => {
    const tag = t.trim().replace(/^W\//, '');
    return tag === '*' || tag === etag;
  });
}
