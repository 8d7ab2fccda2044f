/** A table cell's long words may break (class long-word); its short words, its tags and its maths are left alone. */
import { describe, expect, it } from 'vitest';
import { breakableLongWords, htmlInline } from '../../../src/make/handouts/html-text.js';

describe('breakableLongWords', () => {
  it('marks a web address or a long name, not "joined", and never inside a tag', () => {
    const html = breakableLongWords(htmlInline('Year joined: see [the list](https://www.example.org/a/very/long/path) or Internationalisation & more'));
    expect(html).toContain('<span class="long-word">Internationalisation</span>');
    expect(html).toContain('href="https://www.example.org/a/very/long/path"');
    expect(html).not.toContain('<span class="long-word">joined');
    expect(html).not.toMatch(/<[^>]*long-word[^>]*long-word/);
  });

  it('keeps an entity whole inside a marked word', () => {
    expect(breakableLongWords(htmlInline('Salt&Pepper&Vinegar&Mustard'))).toBe('<span class="long-word">Salt&amp;Pepper&amp;Vinegar&amp;Mustard</span>');
  });

  it('leaves maths as KaTeX set it', () => {
    const maths = htmlInline('$\\frac{numerator}{denominatorislong}$');
    expect(breakableLongWords(maths)).toBe(maths);
  });
});
