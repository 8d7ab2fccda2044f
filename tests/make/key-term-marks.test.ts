/**
 * Key terms and maths (review finding): inside maths, brackets are TeX (`$[[0,1]]$`, an
 * interval of integers), never a key term; a key term may hold maths (`[[$E=mc^2$]]`).
 */
import { describe, expect, it } from 'vitest';
import { marpInline } from '../../src/make/deck/marp-text.js';
import { htmlInline } from '../../src/make/handouts/html-text.js';
import { replaceTerms, splitTerms, termMatches } from '../../src/make/key-term-marks.js';
import { blankOut } from '../../src/outputs/worksheet/sentences.js';

const TEXT = 'the integers $[[0, n]]$ and [[$E=mc^2$]] and [[energy]]';

describe('key-term marks', () => {
  it('are read outside maths only', () => {
    expect(termMatches(TEXT).map((m) => m[1])).toEqual(['$E=mc^2$', 'energy']);
    expect(replaceTerms(TEXT, (t) => `<${t}>`)).toBe('the integers $[[0, n]]$ and <$E=mc^2$> and <energy>');
    expect(splitTerms(TEXT)).toEqual(['the integers $[[0, n]]$ and ', '$E=mc^2$', ' and ', 'energy', '']);
  });

  it('leave the maths whole on the handouts: typeset, no KaTeX error, no key term inside it', () => {
    const html = htmlInline(TEXT);
    expect(html).not.toMatch(/katex-error|#cc0000/);
    expect(html.match(/class="katex"/g)).toHaveLength(2);
    expect(html.match(/class="key-term"/g)).toHaveLength(2);
  });

  it('leave the maths as typed in the deck', () => {
    expect(marpInline(TEXT)).toContain('$[[0, n]]$');
    expect(marpInline(TEXT)).toContain('**$E=mc^2$**');
  });

  it('are never blanked inside a formula on the worksheet', () => {
    const answers: string[] = [];
    const blanked = blankOut(TEXT, ['n', '$E=mc^2$', 'energy'], answers);
    expect(blanked).toContain('$[[0, n]]$');
    expect(answers).toEqual(['$E=mc^2$', 'energy']);
  });
});
