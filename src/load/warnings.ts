/**
 * Things that are allowed but probably not meant: a content slide without speaker notes,
 * a glossary term the lecture never uses, a question without an explanation. They do not
 * stop a build unless --strict.
 */
import { quoted } from '../problems/problem.js';
import type { Lecture } from './lecture.js';
import { slideTexts } from './slide-text.js';

export interface Warning {
  path: (string | number)[];
  message: string;
  /** What to type to mend it. */
  hint?: string;
}

/** What to type for a picture without alt text: a start drawn from its caption or title, when it has one. */
function altHint(about?: string): string {
  const start = about?.replace(/\[\[|\]\]|\*\*|[*_`$]/g, '').replace(/\s+/g, ' ').trim().replace(/"/g, "'");
  const example = start ? `${start}: a map (a photo, a diagram) showing …` : 'A map (a photo, a diagram) of …';
  return `under image:, add alt: "${example}", saying what a student who cannot see the picture needs to know; or alt: "" if it is only decoration`;
}

/** What every missing-alt warning says, so `lectern check-accessibility` can pick them out. */
export const NO_ALT_TEXT = 'has no alt text: a student who cannot see it is told nothing about it';

// "yes" and "no" in the languages Lectern's teachers write in: meant as true or false, most likely.
const YES_OR_NO = /^(yes|no|oui|non|ja|nein|sí|sim|não|हाँ|हां|नहीं|نعم|لا)$/iu;

// "True" and "false" in those languages (as the quiz prints them, templates/labels): meant as
// true or false, whether the statement ends with "?" or not.
const TRUE_OR_FALSE = /^(vrai|faux|wahr|falsch|verdadero|verdadeiro|falso|सही|ग़लत|गलत|صواب|خطأ|对|错|對|錯)$/iu;

export function lectureWarnings(lecture: Lecture): Warning[] {
  const warnings: Warning[] = [];
  lecture.sections.forEach((section, si) =>
    section.slides.forEach((slide, sj) => {
      if (slide.image && slide.alt === undefined) {
        warnings.push({
          path: ['sections', si, 'slides', sj, 'image'],
          message: `the picture on slide ${quoted(slide.title)} ${NO_ALT_TEXT}`,
          hint: altHint(slide.caption ?? slide.title),
        });
      }
      if (!slide.notes?.trim()) {
        warnings.push({ path: ['sections', si, 'slides', sj], message: `slide ${quoted(slide.title)} has no speaker notes; add "notes: …" to help whoever presents it` });
      }
    }),
  );
  const everything = lecture.sections.flatMap((s) => s.slides.map((slide) => slideTexts(slide).join(' '))).join(' ').toLowerCase().replace(/\[\[|\]\]|\*\*/g, '');
  lecture.glossary.forEach((g, i) => {
    if (!everything.includes(g.term.toLowerCase())) {
      warnings.push({ path: ['glossary', i, 'term'], message: `glossary term ${quoted(g.term)} is never used on a slide; use it, or remove it from the glossary` });
    }
  });
  lecture.questions.forEach((q, i) => {
    // A true/false question is a statement; a question asked with "?" may well be answered "yes".
    const answer = q.answer.trim().normalize('NFC');
    if (q.kind === 'short' && (TRUE_OR_FALSE.test(answer) || (YES_OR_NO.test(answer) && !/[?？؟]\s*$/.test(q.question)))) {
      warnings.push({
        path: ['questions', i, 'answer'],
        message: `the answer ${quoted(q.answer)} makes this a short-answer question, written out by students; for a true/false question write answer: true (or answer: false)`,
      });
    }
    if (q.image && q.alt === undefined) {
      warnings.push({
        path: ['questions', i, 'image'],
        message: `the picture of question ${quoted(q.question)} ${NO_ALT_TEXT}`,
        hint: altHint(),
      });
    }
    if (!q.explain) warnings.push({ path: ['questions', i], message: `question ${quoted(q.question)} has no explanation; add "explain: …" for the answer key` });
  });
  return warnings;
}
