/** Maths in deck.pptx is text a teacher can edit, with PowerPoint's own superscripts and subscripts, never raw TeX. */
import { describe, expect, it } from 'vitest';
import { mathsRuns } from '../../../src/make/maths/maths-runs.js';

const shown = (tex: string) => mathsRuns(tex).map((r) => (r.script === 'sup' ? `^{${r.text}}` : r.script === 'sub' ? `_{${r.text}}` : r.text)).join('');

describe('maths as PowerPoint text', () => {
  it('sets powers as superscripts and spaces relations', () => {
    expect(shown('E = mc^2')).toBe('E = mc^{2}');
    expect(mathsRuns('E = mc^2').find((r) => r.text === 'E')?.italic).toBe(true);
  });

  it('writes fractions and roots on one line', () => {
    expect(shown('\\frac{1}{2}mv^2')).toBe('(1/2)mv^{2}');
    expect(shown('\\frac{1}{2}')).toBe('1/2');
    expect(shown('\\binom{n}{k}')).toBe('(n k)');
    expect(shown('\\frac{\\Delta p}{\\Delta t}')).toBe('(Δp)/(Δt)');
    expect(shown('\\sqrt{x^2 + y^2}')).toBe('√(x^{2} + y^{2})');
  });

  it('sets chemistry with subscripts (mhchem)', () => {
    expect(shown('\\ce{H2O}')).toBe('H_{2}O');
    // mhchem sets a coefficient a thin space from its formula.
    expect(shown('\\ce{6CO2 + 6H2O -> C6H12O6 + 6O2}').replace(/\s/g, ' ')).toBe('6 CO_{2} + 6 H_{2}O → C_{6}H_{12}O_{6} + 6 O_{2}');
  });

  it('keeps a function name apart from its argument, leaves out phantoms, and sets matrix cells and rows apart', () => {
    expect(shown('\\sin x')).toBe('sin x');
    expect(shown('\\phantom{00}1')).toBe('1');
    expect(shown('\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}')).toBe('(a  b; c  d)');
  });

  it('keeps a sign that opens a group or follows an operator close to what it signs, and a power on its function\'s name', () => {
    // They read "x =  − 1", "pH =  − log _{10}" and "sin ^{2}x": a minus with a binary operator's spaces, a space before the script.
    expect(shown('x = -1')).toBe('x = −1');
    expect(shown('-x + (-y)')).toBe('−x + (−y)');
    expect(shown('a - b')).toBe('a − b');
    expect(shown('\\mathrm{pH} = -\\log_{10}[\\ce{H+}]')).toBe('pH = −log_{10} [H^{+}]');
    expect(shown('\\sin^2 x')).toBe('sin^{2} x');
  });

  it('never shows TeX commands', () => {
    for (const tex of ['\\alpha + \\beta', '\\int_0^t F\\,dt', '\\gamma = \\frac{1}{\\sqrt{1 - v^2/c^2}}', '\\vec{F} = m\\vec{a}']) {
      expect(shown(tex)).not.toMatch(/\\[a-z]/i);
    }
  });
});
