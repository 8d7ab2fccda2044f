/** Maths in deck.pptx is text a teacher can edit, with PowerPoint's own superscripts and subscripts, never raw TeX. */
import { describe, expect, it } from 'vitest';
import { mathsRuns } from '../../../src/make/pptx/maths-runs.js';

const shown = (tex: string) => mathsRuns(tex).map((r) => (r.script === 'sup' ? `^{${r.text}}` : r.script === 'sub' ? `_{${r.text}}` : r.text)).join('');

describe('maths as PowerPoint text', () => {
  it('sets powers as superscripts and spaces relations', () => {
    expect(shown('E = mc^2')).toBe('E = mc^{2}');
    expect(mathsRuns('E = mc^2').find((r) => r.text === 'E')?.italic).toBe(true);
  });

  it('writes fractions and roots on one line', () => {
    expect(shown('\\frac{1}{2}mv^2')).toBe('1/2mv^{2}');
    expect(shown('\\frac{\\Delta p}{\\Delta t}')).toBe('(Δp)/(Δt)');
    expect(shown('\\sqrt{x^2 + y^2}')).toBe('√(x^{2} + y^{2})');
  });

  it('sets chemistry with subscripts (mhchem)', () => {
    const water = shown('\\ce{H2O}');
    expect(water).toContain('H');
    expect(water).toContain('_{2}');
    expect(water).not.toContain('\\ce');
  });

  it('never shows TeX commands', () => {
    for (const tex of ['\\alpha + \\beta', '\\int_0^t F\\,dt', '\\gamma = \\frac{1}{\\sqrt{1 - v^2/c^2}}', '\\vec{F} = m\\vec{a}']) {
      expect(shown(tex)).not.toMatch(/\\[a-z]/i);
    }
  });
});
