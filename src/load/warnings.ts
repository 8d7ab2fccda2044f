/**
 * Things that are allowed but probably not meant: a content slide without speaker notes,
 * a glossary term the lecture never uses, a question without an explanation. They do not
 * stop a build unless --strict.
 */
import { quoted } from '../problems/problem.js';
import type { Lecture, Slide } from './lecture.js';

export interface Warning {
  path: (string | number)[];
  message: string;
}

function slideText(slide: Slide): string {
  const bullets = (b: { text: string; children: unknown[] }[]): string =>
    b.map((x) => `${x.text} ${bullets(x.children as typeof b)}`).join(' ');
  return [
    slide.title,
    bullets(slide.bullets ?? []),
    ...(slide.facts ?? []).map((f) => `${f.value} ${f.label}`),
    ...(slide.events ?? []).map((e) => `${e.when} ${e.what}`),
    ...(slide.columns ?? []).map((c) => `${c.heading} ${bullets(c.bullets)}`),
    slide.quote ?? '',
    slide.caption ?? '',
    ...(slide.table ? [slide.table.header.join(' '), ...slide.table.rows.map((r) => r.join(' '))] : []),
  ].join(' ');
}

// "yes" and "no" in the languages Lectern's teachers write in: meant as true or false, most likely.
const YES_OR_NO = /^(yes|no|oui|non|ja|nein|sí|sim|não|हाँ|हां|नहीं|نعم|لا)$/iu;

export function lectureWarnings(lecture: Lecture): Warning[] {
  const warnings: Warning[] = [];
  lecture.sections.forEach((section, si) =>
    section.slides.forEach((slide, sj) => {
      if (!slide.notes?.trim()) {
        warnings.push({ path: ['sections', si, 'slides', sj], message: `slide ${quoted(slide.title)} has no speaker notes; add "notes: …" to help whoever presents it` });
      }
    }),
  );
  const everything = lecture.sections.flatMap((s) => s.slides.map(slideText)).join(' ').toLowerCase().replace(/\[\[|\]\]|\*\*/g, '');
  lecture.glossary.forEach((g, i) => {
    if (!everything.includes(g.term.toLowerCase())) {
      warnings.push({ path: ['glossary', i, 'term'], message: `glossary term ${quoted(g.term)} is never used on a slide; use it, or remove it from the glossary` });
    }
  });
  lecture.questions.forEach((q, i) => {
    // A true/false question is a statement; a question asked with "?" may well be answered "yes".
    if (q.kind === 'short' && YES_OR_NO.test(q.answer.trim()) && !/[?？؟]\s*$/.test(q.question)) {
      warnings.push({
        path: ['questions', i, 'answer'],
        message: `the answer ${quoted(q.answer)} makes this a short-answer question, written out by students; for a true/false question write answer: true (or answer: false)`,
      });
    }
    if (!q.explain) warnings.push({ path: ['questions', i], message: `question ${quoted(q.question)} has no explanation; add "explain: …" for the answer key` });
  });
  return warnings;
}
