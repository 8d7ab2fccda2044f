/**
 * The lecture as its language prints it, made once before any output is rendered, so that
 * the deck and every handout agree: an ISO date (`revised: 2024-09-01`) written the way the
 * language writes dates ("1 septembre 2024", "2024年9月1日"), and the language's
 * typography (French spaces before : ; ? !) on every piece of text the teacher wrote.
 */
import type { Lecture } from '../load/lecture.js';
import { typographyFor } from './typography.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An ISO date (2024-09-01) in the language's long form; any other text as typed. */
export function localDate(text: string, language: string): string {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return text;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  // 2024-02-30 is not a date: it stays as typed rather than becoming 1 March.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return text;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

// What is not text the teacher wrote, or must stay exactly as typed: code blocks, paths, names
// Lectern reads, positions, options.
const NOT_TEXT = new Set(['code', 'file', 'dir', 'href', 'theme', 'language', 'layout', 'kind', 'logo', 'image', 'handouts', 'line', 'column', 'at', 'titleAt']);

function mapText<T>(value: T, change: (text: string) => string): T {
  if (typeof value === 'string') return change(value) as T;
  if (Array.isArray(value)) return value.map((v) => mapText(v, change)) as T;
  if (value && typeof value === 'object') {
    const isTrueFalse = (value as { kind?: unknown }).kind === 'true-false';
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, NOT_TEXT.has(k) || (isTrueFalse && k === 'answer') ? v : mapText(v, change)]),
    ) as T;
  }
  return value;
}

/** The lecture with its dates and typography in its language (the same lecture when nothing changes). */
export function localiseLecture(lecture: Lecture): Lecture {
  const revised = lecture.revised && localDate(lecture.revised, lecture.language);
  const dated = revised === lecture.revised ? lecture : { ...lecture, revised };
  const typography = typographyFor(lecture.language);
  return typography ? mapText(dated, typography) : dated;
}
