/** Whether a lecture has maths: only then are KaTeX, its fonts and "math: katex" used. */
import { describe, expect, it } from 'vitest';
import { lectureHasMaths } from '../../../src/make/maths/find-maths.js';

describe('a lecture whose only dollars are in code', () => {
  it('has no maths: no KaTeX in its outputs, no "math: katex" in deck.md', () => {
    const bullet = { text: 'Shell variables:', children: [], code: { language: 'bash', source: 'echo "$HOME/$USER"' } };
    const notes = 'Run it:\n\n```bash\necho "$HOME/$USER"\n```\n';
    expect(lectureHasMaths({ sections: [{ slides: [{ bullets: [bullet], notes }] }] })).toBe(false);
    expect(lectureHasMaths({ sections: [{ slides: [{ bullets: [{ ...bullet, text: 'costs $x$' }], notes }] }] })).toBe(true);
  });
});
