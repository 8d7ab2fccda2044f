/** The worksheet's blanks with maths (issue 13, item 1): a formula may be the blank, never be cut by one. */
import { describe, expect, it } from 'vitest';
import { htmlInline, htmlWithBlanks } from '../../../src/make/handouts/html-text.js';
import { blankOut } from '../../../src/outputs/worksheet/sentences.js';

describe('a blank', () => {
  it('may be a key term that is a formula, or that holds one', () => {
    const answers: string[] = [];
    // The worksheet's secrets are its key terms and short answers (worksheetSecrets).
    const marked = blankOut("Mass is energy: [[$E=mc^2$]], by [[Newton's law $F=ma$]].", ['$E=mc^2$', "Newton's law $F=ma$"], answers);
    expect(answers).toEqual(['$E=mc^2$', "Newton's law $F=ma$"]);
    const html = htmlWithBlanks(marked, (i) => `<b>${htmlInline(answers[i]!)}</b>`);
    expect(html.match(/class="katex"/g)).toHaveLength(2);
    expect(html).not.toContain('$');
  });

  it('never falls inside a formula, even where a short answer appears in it', () => {
    const answers: string[] = [];
    const marked = blankOut('Pythagoras: $a^2 + b^2 = c^2$, where c is the [[hypotenuse]]', ['hypotenuse', 'c'], answers);
    expect(answers).toEqual(['c', 'hypotenuse']);
    expect(marked.startsWith('Pythagoras: $a^2 + b^2 = c^2$, where ')).toBe(true);
    expect(htmlWithBlanks(marked, () => '___')).toContain('class="katex"');
  });
});
