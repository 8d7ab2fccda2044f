/** Which script a lecture is written in, against the one its language is written in. */
import { describe, expect, it } from 'vitest';
import { languageMismatch } from '../../src/accessibility/script-language.js';
import type { Lecture } from '../../src/load/lecture.js';

const lecture = (language: string, title: string, bullets: string[]): Lecture =>
  ({
    file: 'x.yaml',
    dir: '/',
    title,
    language,
    theme: 'lectern',
    sections: [{ title, slides: [{ title, layout: 'bullets', line: 1, bullets: bullets.map((text) => ({ text, children: [] })) }] }],
    questions: [],
    glossary: [],
    takeaways: [],
    objectives: [],
  }) as unknown as Lecture;

describe('language against the letters of the lecture', () => {
  it('finds Hindi written under the default English, and suggests hi', () => {
    const found = languageMismatch(lecture('en', 'जल चक्र', ['समुद्र का पानी भाप बनकर ऊपर उठता है']));
    expect(found).toMatchObject({ script: 'Deva', suggest: 'hi' });
    expect(found!.message).toContain('Devanagari');
  });

  it('finds English text labelled Arabic, and suggests en', () => {
    expect(languageMismatch(lecture('ar', 'The water cycle', ['Water evaporates from the sea']))).toMatchObject({ script: 'Latn', suggest: 'en' });
  });

  it('accepts a lecture in its own script, Japanese in kanji and kana, Chinese in Han, and a few foreign words', () => {
    expect(languageMismatch(lecture('hi', 'जल चक्र', ['समुद्र का पानी (H2O, water) भाप बनकर ऊपर उठता है']))).toBeUndefined();
    expect(languageMismatch(lecture('ja', '水の循環', ['海の水は蒸発します']))).toBeUndefined();
    expect(languageMismatch(lecture('zh', '水循环', ['海水蒸发']))).toBeUndefined();
    expect(languageMismatch(lecture('en', 'Greek letters', ['α β γ are Greek; the rest of this slide is English words']))).toBeUndefined();
  });

  it('reads only the words: code and maths do not count', () => {
    expect(languageMismatch(lecture('hi', 'कोड', ['`for letter in "abcdefghijklmnopqrstuvwxyz": print(letter)` $\\mathrm{abcdefghijklmnop}$']))).toBeUndefined();
  });
});
