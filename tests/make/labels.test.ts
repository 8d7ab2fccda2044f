/** Every word Lectern prints comes from templates/labels/<language>.yaml, which a teacher can override. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RenderError } from '../../src/errors.js';
import { loadLecture } from '../../src/load/load-lecture.js';
import { planDeck } from '../../src/make/deck/plan-deck.js';
import { loadHandoutTemplates } from '../../src/make/handouts/handout-templates.js';
import { englishLabels, fill, loadLabels } from '../../src/make/labels.js';
import { TemplateSet } from '../../src/make/template-set.js';
import { quizView } from '../../src/outputs/quiz/view.js';

function ownLabels(yaml: string): TemplateSet {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lectern-labels-'));
  mkdirSync(path.join(dir, 'labels'));
  writeFileSync(path.join(dir, 'labels', 'en.yaml'), yaml);
  return new TemplateSet([dir]);
}

describe('labels', () => {
  it("are read from one file, the teacher's labels over Lectern's", () => {
    const templates = ownLabels('name: Nom\nscore: Note\ncontinued: "{title} (suite)"\n');
    const { labels, files } = loadLabels(templates);
    expect(files).toHaveLength(2);
    expect(labels.name).toBe('Nom');
    expect(labels.date).toBe(englishLabels().date);
    const lecture = loadLecture('content/mtcr.yaml');
    const html = loadHandoutTemplates(templates).render('quiz', quizView({ lecture, fontCss: '', stylesheet: '', labels }, false));
    expect(html).toContain('Nom <span class="fill"></span>');
    expect(html).toContain('Note <span class="fill short"></span>');
    expect(html).not.toContain('Name <span');
    const decisions = new Map([['0.0', { parts: [{ ranges: [[0, 4] as const], size: 0 }, { ranges: [[4, 14] as const], size: 0 }] }]]);
    const titles = planDeck(loadLecture(path.join(__dirname, '../fixtures/overlong.yaml')), { labels, decisions }).flatMap((s) => (s.kind === 'content' ? [s.slide.title] : []));
    expect(titles.some((t) => t.endsWith('(suite)'))).toBe(true);
    expect(titles.some((t) => t.includes('(cont.)'))).toBe(false);
  });

  it('refuses a label Lectern does not know, naming the file', () => {
    expect(() => loadLabels(ownLabels('nmae: Nom\n'))).toThrow(RenderError);
    expect(() => loadLabels(ownLabels('nmae: Nom\n'))).toThrow(/labels[/\\]en\.yaml: unknown label "nmae"/);
  });

  it('fill their {placeholders}', () => {
    expect(fill(englishLabels().slideOf, { number: 3, total: 28 })).toBe('Slide 3 of 28');
  });
});
