import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import ClusterDiffLine from './ClusterDiffLine';
import DiffBadge from './DiffBadge';

describe('DiffBadge and ClusterDiffLine', () => {
  it('say the mark in words, as text under the name\'s zoom class', () => {
    const html = renderToStaticMarkup(createElement(DiffBadge, { mark: 'added' }));
    expect(html).toMatch(/^<span [^>]*data-diff="added"[^>]*>new<\/span>$/);
    expect(html).toContain('za-name');
    expect(html).toContain('text-[14px]');
    expect(renderToStaticMarkup(createElement(DiffBadge, { mark: 'removed' }))).toContain('>removed<');
    expect(renderToStaticMarkup(createElement(DiffBadge, { mark: 'changed' }))).toContain('>changed<');
    const line = renderToStaticMarkup(createElement(ClusterDiffLine, { text: '2 new · 1 removed' }));
    expect(line).toContain('>2 new · 1 removed<');
    expect(line).toContain('za-name');
  });
});
