/** The lecture as its language prints it: ISO dates in the language's long form, French typography on its text. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLecture } from '../../src/load/load-lecture.js';
import { localDate, localiseLecture } from '../../src/make/localise.js';

describe('localiseLecture', () => {
  it('writes an ISO date the way the language writes dates, and any other text as typed', () => {
    expect(localDate('2024-09-01', 'fr')).toBe('1 septembre 2024');
    expect(localDate('2024-09-01', 'en')).toBe('September 1, 2024');
    expect(localDate('2024-09-01', 'de')).toBe('1. September 2024');
    expect(localDate('2024-09-01', 'zh')).toBe('2024年9月1日');
    expect(localDate('2024-09-01', 'hi')).toBe('1 सितंबर 2024');
    expect(localDate('automne 2024', 'fr')).toBe('automne 2024');
    expect(localDate('2024-02-30', 'fr')).toBe('2024-02-30');
  });

  it("puts French spaces in every text the teacher wrote, and leaves paths, options and a true/false answer alone", () => {
    const lecture = loadLecture(path.join(__dirname, '../fixtures/all-layouts/water-cycle.yaml'));
    const base = { ...lecture, language: 'fr', title: 'Pourquoi la pluie?', objectives: ['Expliquer: le cycle'] };
    base.questions = [{ question: 'Vrai?', answer: 'true', kind: 'true-false' }, { question: 'Lequel?', choices: ['A!', 'B'], answer: 'A!', kind: 'choice' }];
    const french = localiseLecture(base);
    expect(french.title).toBe('Pourquoi la pluie\u202F?');
    expect(french.objectives[0]).toBe('Expliquer\u00A0: le cycle');
    expect(french.questions[0]).toMatchObject({ question: 'Vrai\u202F?', answer: 'true' });
    expect(french.questions[1]!.answer).toBe(french.questions[1]!.choices![0]);
    expect(french.file).toBe(lecture.file);
    expect(french.handouts).toEqual(lecture.handouts);
    // A code block is code: French spaces before its ":" or "?" would break it.
    const code = { language: 'python', source: 'def f(x):\n    return {"a": 1}; print("ok?")' };
    const slide = base.sections[0]!.slides[0]!;
    const withCode = localiseLecture({ ...base, sections: [{ ...base.sections[0]!, slides: [{ ...slide, bullets: [{ text: 'Définir:', children: [], code }] }] }] });
    expect(withCode.sections[0]!.slides[0]!.bullets![0]).toEqual({ text: 'Définir\u00A0:', children: [], code });
    // English text is left as typed.
    expect(localiseLecture({ ...base, language: 'en' }).title).toBe('Pourquoi la pluie?');
  });
});
