/**
 * A lecture draft: what an importer read from a teacher's notes, before it is written out
 * as YAML (write-draft.ts). Every piece of the source is somewhere in it — as a slide's
 * title, a point, a note, a table, a picture — or in `dropped`, with why; what the importer
 * was unsure of carries a `check`, and what it could suggest (a timeline, facts) a `suggestion`.
 */
export interface DraftPoint {
  text: string;
  children: DraftPoint[];
}

export interface DraftSlide {
  title: string;
  layout?: 'compare' | 'table' | 'image';
  points: DraftPoint[];
  columns?: { heading: string; points: DraftPoint[] }[];
  table?: { header: string[]; rows: string[][] };
  /** A picture copied beside the lecture: its file name there, its description, and the words the slide printed under it. */
  image?: { file: string; alt?: string; caption?: string };
  notes?: string;
  /** What the importer was unsure of, written as "# check: …" at the slide. */
  checks: string[];
  /** Restructurings the importer offers but does not make ("# suggestion: …"). */
  suggestions: string[];
}

export interface DraftSection {
  title: string;
  slides: DraftSlide[];
  checks: string[];
}

export interface Dropped {
  text: string;
  reason: string;
  /** How often it stood in the source. */
  times: number;
}

export interface Draft {
  title: string;
  footer?: string;
  sections: DraftSection[];
  /** Key terms the source marked (bold in a Word file), offered as suggestions. */
  keyTerms: string[];
  dropped: Dropped[];
  checks: string[];
}

export const emptySlide = (title: string): DraftSlide => ({ title, points: [], checks: [], suggestions: [] });

/** "mtcr-notes" → "Mtcr notes": a title from a file's name. */
export function titleFromName(name: string): string {
  const words = name.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toLocaleUpperCase() + words.slice(1);
}
