/** Lecture text for learning platforms: HTML with MathJax maths (Canvas), or plain text with readable maths (Kahoot). */
import { describe, expect, it } from 'vitest';
import { mathsText, platformHtml, platformPlain } from '../../src/make/platform-text.js';

describe('lecture text for learning platforms', () => {
  it('HTML: key terms and **bold** in <b>, *italic* in <i>, code in <code>, maths as \\( \\) and \\[ \\] for MathJax', () => {
    expect(platformHtml('[[Work]] is **force** times *distance*: $W = Fd$, or `W=F*d`')).toBe(
      '<b>Work</b> is <b>force</b> times <i>distance</i>: \\(W = Fd\\), or <code>W=F*d</code>',
    );
    expect(platformHtml('$$\\int_0^1 x\\,dx$$')).toBe('\\[\\int_0^1 x\\,dx\\]');
  });

  it('HTML: text that looks like markup stays text, maths included', () => {
    expect(platformHtml('<script>alert(1)</script> & "quoted"')).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;');
    expect(platformHtml('$a < b$')).toBe('\\(a &lt; b\\)');
  });

  it('HTML: a link keeps its address; one that is not a web or mail address shows as typed', () => {
    expect(platformHtml('see [the MTCR](https://mtcr.info/?a=1&b=2)')).toBe('see <a href="https://mtcr.info/?a=1&amp;b=2">the MTCR</a>');
    expect(platformHtml('[x](javascript:alert(1))')).not.toContain('<a');
  });

  it('plain text: no marks, links as their words, maths read as text with raised and lowered figures', () => {
    expect(platformPlain('[[Kinetic energy]] is **$\\frac{1}{2}mv^2$**, see [notes](https://example.org)')).toBe('Kinetic energy is (1/2)mv², see notes');
    expect(mathsText('H_2O')).toBe('H₂O');
    expect(mathsText('e^{i\\pi}')).toBe('e^(iπ)');
    expect(mathsText('\\sqrt{x^2 + y^2}')).toBe('√(x² + y²)');
  });

  // What Kahoot shows for the maths of a school quiz: never a stray "^" before a sign that is not raised.
  it('plain text: degrees, primes and accents as the signs they are, and a script of several pieces raised whole', () => {
    expect(mathsText('90^\\circ')).toBe('90°');
    expect(mathsText('20^{\\circ}C')).toBe('20°C');
    expect(mathsText("f'(x)")).toBe('f′(x)');
    expect(mathsText("f''(x)")).toBe('f′′(x)');
    expect(mathsText('\\vec{F} = m\\vec{a}')).toBe('F\u20D7 = ma\u20D7');
    expect(mathsText('\\hat{x}')).toBe('x\u0302');
    expect(mathsText('\\bar{x}')).toBe('x\u0304');
    expect(mathsText('\\dot{x}')).toBe('x\u0307');
    expect(mathsText('x^{2a}')).toBe('x^(2a)');
    expect(mathsText('\\lim_{x \\to 0} f(x)')).toBe('lim_(x→0) f(x)');
    expect(mathsText('x^{2n}')).toBe('x²ⁿ');
    expect(mathsText('x + {}^{14}C')).toBe('x + ¹⁴C');
  });
});
