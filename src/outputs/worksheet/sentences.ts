/**
 * What the worksheet is made of: every sentence of the lecture that marks a [[key term]],
 * and the words students must supply (the key terms and the short answers). Words are
 * matched whole in any script: a letter, a combining mark (a Devanagari vowel sign, say) or
 * a digit on either side means the match is part of a longer word, except in scripts that
 * put no spaces between words (Chinese, Japanese, Thai…).
 */
import type { Bullet, Lecture } from '../../load/lecture.js';
import { splitTerms, termMatches } from '../../make/key-term-marks.js';
import { plainText } from '../../make/handouts/html-text.js';
import { blankMark } from '../../make/handouts/html-text.js';
import { mathsIn } from '../../make/maths/find-maths.js';

const bulletTexts = (bullets: Bullet[]): string[] => bullets.flatMap((b) => [b.text, ...bulletTexts(b.children)]);

/**
 * Every text of the lecture that could become a fill-in-the-blank sentence, in order: all
 * the lecture shows, so that no marked term is passed over without a word.
 */
export function lectureTexts(lecture: Lecture): string[] {
  return [
    ...lecture.objectives,
    ...lecture.sections.flatMap((section) => [
      section.title,
      ...section.slides.flatMap((s) => [
        s.title,
        ...bulletTexts(s.bullets ?? []),
        ...(s.columns ?? []).flatMap((c) => [c.heading, ...bulletTexts(c.bullets)]),
        ...(s.facts ?? []).map((f) => `${f.value} — ${f.label}`),
        ...(s.events ?? []).map((e) => `${e.when}: ${e.what}`),
        ...(s.quote ? [s.quote] : []),
        ...(s.source ? [s.source] : []),
        ...(s.table ? [s.table.header, ...s.table.rows].map((row) => row.join(' — ')) : []),
        ...(s.caption ? [s.caption] : []),
      ]),
    ]),
    ...lecture.takeaways,
  ];
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD = '[\\p{L}\\p{M}\\p{N}]';
/**
 * Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Burmese):
 * a letter beside a term says nothing about where a word ends, so a term that starts or ends
 * in one is matched wherever it stands.
 */
const UNSPACED_CLASS = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}]';
const UNSPACED = new RegExp(UNSPACED_CLASS, 'u');
/** A letter that joins a spaced word: "H2O" right after a Chinese letter is still a word of its own. */
const JOINS = `(?!${UNSPACED_CLASS})${WORD}`;

function wholeWord(word: string): string {
  const [first] = word;
  const last = [...word].at(-1);
  const before = first && UNSPACED.test(first) ? '' : `(?<!${JOINS})`;
  const after = last && UNSPACED.test(last) ? '' : `(?!${JOINS})`;
  return `${before}${escapeRegex(word)}${after}`;
}

/** A pattern that finds any of `words`, whole, longest first. */
export const wholeWords = (words: readonly string[], flags = 'giu') =>
  new RegExp(`(${[...words].sort((a, b) => b.length - a.length).map(wholeWord).join('|')})`, flags);

export interface Secrets {
  /** Every key term the lecture marks, once each (the first spelling). */
  terms: string[];
  shortAnswers: string[];
  /** Where a key term is printed on the worksheet anyway, so students can read it there. */
  shown: { term: string; where: string }[];
}

export function worksheetSecrets(lecture: Lecture): Secrets {
  const shortQuestions = lecture.questions.filter((q) => q.kind === 'short');
  const terms = new Map<string, string>();
  for (const text of lectureTexts(lecture)) for (const m of termMatches(text)) if (!terms.has(m[1]!.toLowerCase())) terms.set(m[1]!.toLowerCase(), m[1]!);
  const printed: [string, string][] = [
    ['the title', lecture.title],
    ['the course name', lecture.course ?? ''],
    ['the footer', lecture.footer ?? ''],
    ...shortQuestions.map((q, i): [string, string] => [`short-answer question ${i + 1}`, plainText(q.question)]),
  ];
  const shown = [...terms.values()].flatMap((term) => {
    const where = printed.find(([, text]) => wholeWords([term], 'iu').test(text));
    return where ? [{ term, where: where[0] }] : [];
  });
  return { terms: [...terms.values()], shortAnswers: shortQuestions.map((q) => plainText(q.answer).trim()).filter(Boolean), shown };
}

/**
 * Turns a sentence into text with blank marks: its [[key terms]], and any other
 * occurrence of a secret, become blanks whose answers are pushed onto `answers`.
 */
export function blankOut(text: string, secrets: string[], answers: string[]): string {
  const words = secrets.filter((secret) => secret.trim() !== '');
  const pattern = words.length > 0 ? wholeWords(words) : undefined;
  const blank = (answer: string) => blankMark(answers.push(answer) - 1);
  const hideWords = (part: string) => (pattern ? part.replace(pattern, (m) => blank(m)) : part);
  // Never inside maths: a blank in the middle of a formula would break it.
  const hide = (part: string) => {
    let out = '';
    let at = 0;
    for (const span of mathsIn(part)) {
      out += hideWords(part.slice(at, span.start)) + part.slice(span.start, span.end);
      at = span.end;
    }
    return out + hideWords(part.slice(at));
  };
  const isSecret = new Set(words.map((s) => s.toLowerCase()));
  return splitTerms(text)
    .map((part, i) => (i % 2 === 0 ? hide(part) : isSecret.has(part.toLowerCase()) ? blank(part) : hide(part)))
    .join('');
}
