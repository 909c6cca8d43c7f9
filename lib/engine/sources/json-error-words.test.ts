import { describe, expect, it } from 'vitest';
import { jsonErrorWords } from './json-error-words';

const words = (text: string) => {
  try {
    JSON.parse(text);
  } catch (err) {
    return jsonErrorWords(err, text);
  }
  throw new Error('valid JSON');
};

describe('jsonErrorWords', () => {
  it('turns a position into line and column', () => {
    expect(words('{\n  "a": 1,\n  }')).toMatch(/^not valid JSON at line 3, column 3 \(.+\)$/);
  });

  it('takes line and column as newer V8 gives them', () => {
    expect(jsonErrorWords(new SyntaxError("Expected ',' or '}' after property value in JSON at position 10 (line 2 column 4)"), 'x'))
      .toBe("not valid JSON at line 2, column 4 (Expected ',' or '}' after property value)");
  });

  it('never echoes the file back, and says when it is empty or cut short', () => {
    expect(words('nope-secret-token')).not.toContain('secret');
    expect(words('')).toBe('not valid JSON: it ends too early (the file is empty)');
    expect(words('{"a": [1')).toMatch(/^not valid JSON/);
  });
});
