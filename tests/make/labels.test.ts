/** Every word Lectern prints comes from templates/labels/<language>.yaml, which a teacher can override. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RenderError } from '../../src/errors.js';
import { loadLecture } from '../../src/load/load-lecture.js';
import { planDeck } from '../../src/make/deck/plan-deck.js';
import { loadHandoutTemplates } from '../../src/make/handouts/handout-templates.js';
import { parse } from 'yaml';
import { builtinTemplatesDir } from '../../src/paths.js';
import { englishLabels, fill, LABEL_KEYS, labelsByLanguage, loadLabels } from '../../src/make/labels.js';
import { TemplateSet } from '../../src/make/template-set.js';
import { quizView } from '../../src/outputs/quiz/view.js';

function ownLabels(yaml: string, language = 'en'): TemplateSet {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lectern-labels-'));
  mkdirSync(path.join(dir, 'labels'));
  writeFileSync(path.join(dir, 'labels', `${language}.yaml`), yaml);
  return new TemplateSet([dir]);
}

const shipped = readdirSync(path.join(builtinTemplatesDir, 'labels')).filter((f) => f.endsWith('.yaml'));
const placeholders = (label: string) => [...label.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

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

  it('are shipped for en, fr, es, de, pt, hi, ar and zh, each file with every label, no other, and the same {placeholders} as English', () => {
    expect(shipped.map((f) => f.replace('.yaml', '')).sort()).toEqual(['ar', 'de', 'en', 'es', 'fr', 'hi', 'pt', 'zh']);
    const english = englishLabels();
    for (const file of shipped) {
      const data = parse(readFileSync(path.join(builtinTemplatesDir, 'labels', file), 'utf8')) as Record<string, unknown>;
      expect(Object.keys(data).sort(), file).toEqual([...LABEL_KEYS].sort());
      for (const key of LABEL_KEYS) {
        expect(typeof data[key] === 'string' && data[key] !== '', `${file} ${key}`).toBe(true);
        expect(placeholders(String(data[key])), `${file} ${key}`).toEqual(placeholders(english[key]));
      }
    }
  });

  it("of a regional tag come from its base language's file (pt-BR → pt), English filling what a language lacks", () => {
    expect(loadLabels(new TemplateSet(), 'pt-BR').labels.answerTrue).toBe('Verdadeiro');
    expect(loadLabels(new TemplateSet(), 'de-AT').labels.objectives).toBe('Lernziele');
    const italian = loadLabels(ownLabels('objectives: Obiettivi\nanswerTrue: Vero\n', 'it'), 'it');
    expect(italian.labels.objectives).toBe('Obiettivi');
    expect(italian.labels.answerTrue).toBe('Vero');
    expect(italian.labels.answerFalse).toBe('False');
    expect(loadLabels(new TemplateSet(), 'sw').labels).toEqual(englishLabels());
  });

  it("of a teacher's fr.yaml win over Lectern's French; only the files that give a label are what the lecture is made from", () => {
    const templates = ownLabels('score: Points obtenus\n', 'fr');
    const french = loadLabels(templates, 'fr');
    expect(french.labels.score).toBe('Points obtenus');
    expect(french.labels.name).toBe('Nom');
    expect(french.files.map((f) => path.basename(f))).toEqual(['fr.yaml', 'fr.yaml']);
    expect(french.files.some((f) => f.endsWith('en.yaml'))).toBe(false);
    // The teacher's French does not reach an English lecture.
    expect(loadLabels(templates, 'en').labels.score).toBe('Score');
    expect(loadLabels(templates, 'en').files).toHaveLength(1);
  });

  it('are read once per language in a build', () => {
    const labelsFor = labelsByLanguage(new TemplateSet());
    expect(labelsFor('fr')).toBe(labelsFor('fr'));
    expect(labelsFor('fr').labels.quizAnswers).not.toBe(labelsFor('en').labels.quizAnswers);
  });

  it('in French follow French typography, even when the teacher typed an ordinary space', () => {
    expect(loadLabels(new TemplateSet(), 'fr').labels.questions).toBe('Des questions\u202F?');
    expect(loadLabels(ownLabels('answer: "Réponse:"\n', 'fr'), 'fr').labels.answer).toBe('Réponse\u00A0:');
    expect(loadLabels(new TemplateSet(), 'fr').labels.indexTitleSlide).toBe('Diapositive de titre de «\u00A0{title}\u00A0»');
  });
});
