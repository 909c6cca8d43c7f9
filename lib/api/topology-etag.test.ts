import { describe, expect, it } from 'vitest';
import { etagMatches, topologyEtag } from './topology-etag';

describe('topology ETag', () => {
  const tag = topologyEtag('ab12', 7);
  it('names the epoch and the version', () => {
    expect(tag).toBe('"ab12.7"');
  });
  it('matches If-None-Match with the tag, in a list, weak, or *', () => {
    for (const h of ['"ab12.7"', '"x.1", "ab12.7"', 'W/"ab12.7"', '*']) expect(etagMatches(h, tag)).toBe(true);
  });
  it('does not match another version, another epoch, or nothing', () => {
    for (const h of ['"ab12.6"', '"cd34.7"', '', null]) expect(etagMatches(h, tag)).toBe(false);
  });
});
