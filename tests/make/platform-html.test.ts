/** The HTML of an Anki field: what Anki's editor writes (<b>, <i>) and what its MathJax reads (\( \), \[ \]). */
import { describe, expect, it } from 'vitest';
import { platformHtml as ankiHtml } from '../../src/make/platform-text.js';

describe('ankiHtml', () => {
  it('sets a key term that holds maths in bold, with the maths for MathJax', () => {
    expect(ankiHtml('[[$E=mc^2$]] is famous')).toBe('<b>\\(E=mc^2\\)</b> is famous');
  });

  it('keeps double brackets inside maths as TeX, not as a key term', () => {
    expect(ankiHtml('The interval $[[0,1]]$')).toBe('The interval \\([[0,1]]\\)');
  });

  it('shows typed HTML and entities as typed, never as markup', () => {
    expect(ankiHtml('<script>x</script> &amp; **y**')).toBe('&lt;script&gt;x&lt;/script&gt; &amp;amp; <b>y</b>');
  });

  it('keeps an escaped dollar a dollar, not maths', () => {
    expect(ankiHtml('A \\$5 lab kit')).toBe('A $5 lab kit');
  });
});
