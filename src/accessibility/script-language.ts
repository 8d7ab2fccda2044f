/**
 * A screen reader reads a document in the voice of its language (the `lang` of deck.html, the
 * /Lang of every PDF). A lecture written in Devanagari but left at the default `language: en`
 * is read as English gibberish: this finds the script most of the lecture's letters are in
 * and compares it with the script its language is written in.
 */
import type { Lecture } from '../load/lecture.js';
import { languageName } from '../language.js';

// The scripts teachers write lectures in, as ISO 15924 codes (Unicode's Script property takes them).
const SCRIPTS = ['Latn', 'Deva', 'Arab', 'Hebr', 'Cyrl', 'Grek', 'Hani', 'Hira', 'Kana', 'Hang', 'Thai', 'Beng', 'Guru', 'Gujr', 'Taml', 'Telu', 'Knda', 'Mlym', 'Ethi', 'Armn', 'Geor'] as const;
type Script = (typeof SCRIPTS)[number];
const PATTERNS = new Map(SCRIPTS.map((s) => [s, new RegExp(`\\p{Script=${s}}`, 'u')]));

// A language to suggest for a script; Intl.Locale gives the other way round.
const LANGUAGE_OF: Partial<Record<Script, string>> = {
  Deva: 'hi', Arab: 'ar', Hebr: 'he', Cyrl: 'ru', Grek: 'el', Hani: 'zh', Hira: 'ja', Kana: 'ja', Hang: 'ko', Thai: 'th',
  Beng: 'bn', Guru: 'pa', Gujr: 'gu', Taml: 'ta', Telu: 'te', Knda: 'kn', Mlym: 'ml', Ethi: 'am', Armn: 'hy', Geor: 'ka', Latn: 'en',
};

// Japanese mixes kanji and kana; Korean may have hanja: a script of the same writing system is no mismatch.
const SAME_WRITING: Partial<Record<string, Script[]>> = { Jpan: ['Hani', 'Hira', 'Kana'], Hans: ['Hani'], Hant: ['Hani'], Kore: ['Hang', 'Hani'] };

// Keys whose values are not words a reader reads aloud (a layout's name, a file, a position).
const NOT_WORDS = new Set(['layout', 'image', 'file', 'href', 'dir', 'kind', 'line', 'column', 'at', 'titleAt', 'code']);

function words(value: unknown, into: string[]): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const v of value) words(v, into);
  else if (value && typeof value === 'object') for (const [key, v] of Object.entries(value)) if (!NOT_WORDS.has(key)) words(v, into);
  return into;
}

/** The lecture's own words: titles, points, notes, questions, glossary (not code, not maths, not keys). */
export function lectureText(lecture: Lecture): string {
  const { title, subtitle, sections, questions, glossary, takeaways, objectives } = lecture;
  return words([title, subtitle, sections, questions, glossary, takeaways, objectives], [])
    .join('\n')
    .replace(/```[\s\S]*?```|`[^`]*`|\$\$[\s\S]*?\$\$|\$[^$\n]+\$/g, ' ');
}

const scriptNames = new Intl.DisplayNames(['en'], { type: 'script' });

/** A script's name in English, for messages: "Deva" → "Devanagari". */
export const scriptName = (script: string): string => scriptNames.of(script) ?? script;

/** How many letters of the text are in each script, most first. */
export function scriptCounts(text: string): [Script, number][] {
  const counts = new Map<Script, number>();
  for (const ch of text) {
    if (!/\p{L}/u.test(ch)) continue;
    const script = SCRIPTS.find((s) => PATTERNS.get(s)!.test(ch));
    if (script) counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}

export interface LanguageMismatch {
  /** The script most letters are in, and its share of the letters. */
  script: Script;
  share: number;
  /** A language tag written in that script, to suggest. */
  suggest: string;
  message: string;
}

/** A mismatch when most of the letters (over half) are in a script the language is not written in. */
export function languageMismatch(lecture: Lecture): LanguageMismatch | undefined {
  const counts = scriptCounts(lectureText(lecture));
  const total = counts.reduce((n, [, c]) => n + c, 0);
  const [script, count] = counts[0] ?? [];
  if (!script || !count || count / total <= 0.5) return undefined;
  const expected = new Intl.Locale(lecture.language).maximize().script ?? 'Latn';
  if ((SAME_WRITING[expected] ?? [expected]).includes(script)) return undefined;
  const suggest = LANGUAGE_OF[script] ?? 'en';
  const name = (tag: string) => `${languageName(tag)} (${tag})`;
  return {
    script,
    share: count / total,
    suggest,
    message: `the lecture is written mostly in ${scriptName(script)} letters, but its language is ${name(lecture.language)}: screen readers would read it with the wrong voice, and the wrong labels are printed`,
  };
}
