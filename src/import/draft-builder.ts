/**
 * A draft built piece by piece, for the readers of files that say what each piece is (Word's
 * headings and lists, PowerPoint's slides): sections, slides, points at their levels, a table
 * or a picture on a slide of its own. It also makes sure the draft validates: a section has a
 * slide, a slide has content.
 */
import { IMAGE_EXTENSIONS } from '../mime.js';
import { emptySlide, type Draft, type DraftPoint, type DraftSection, type DraftSlide } from './draft.js';
import { suggest } from './suggestions.js';

export interface Picture {
  /** Its file name beside the lecture. */
  file: string;
  /** Its alt text; "" when the source marked it decorative. */
  alt?: string;
  /** Words the source printed with it, for everyone (Markdown). */
  caption?: string;
}

const LAYOUT_NAMES = { table: 'table', image: 'picture', compare: 'compare columns' } as const;

export class DraftBuilder {
  readonly draft: Draft;
  private section: DraftSection | undefined;
  private slide: DraftSlide | undefined;

  constructor(title: string) {
    this.draft = { title, sections: [], keyTerms: [], dropped: [], checks: [] };
  }

  get slideTitle(): string {
    return this.slide?.title ?? this.section?.title ?? this.draft.title;
  }

  startSection(title: string, check?: string): void {
    this.section = { title, slides: [], checks: check ? [check] : [] };
    this.draft.sections.push(this.section);
    this.slide = undefined;
  }

  startSlide(title: string, check?: string): DraftSlide {
    if (!this.section) this.startSection(this.draft.title, 'a section named after the lecture, for what comes before the first heading');
    this.slide = emptySlide(title);
    if (check) this.slide.checks.push(check);
    this.section!.slides.push(this.slide);
    return this.slide;
  }

  /** The slide points go on: a table's or a picture's slide is done, so what follows starts one with the same title. */
  private pointSlide(): DraftSlide {
    if (!this.slide) return this.startSlide(this.slideTitle);
    if (this.slide.layout) return this.startSlide(this.slide.title, `this slide continues "${this.slide.title}" after its ${LAYOUT_NAMES[this.slide.layout]}: give it a title of its own`);
    return this.slide;
  }

  /** A slide of its own for a table or picture, titled after the heading it is under (the heading's slide itself while it is empty). */
  private layoutSlide(): DraftSlide {
    const s = this.slide;
    if (s && !s.layout && s.points.length === 0) return s;
    return this.startSlide(this.slideTitle);
  }

  /** A point at its depth (0 the top): under the last point one level up. */
  point(depth: number, text: string): void {
    let level: DraftPoint[] = this.pointSlide().points;
    for (let d = 0; d < depth && level.length > 0; d++) level = level.at(-1)!.children;
    level.push({ text, children: [] });
  }

  /** A table, its first row the header; a table of one row is its cells as points. */
  table(rows: string[][]): void {
    const width = Math.max(0, ...rows.map((r) => r.length));
    const full = rows.filter((r) => r.some((c) => c !== '')).map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
    if (full.length === 0) return;
    if (full.length === 1) {
      for (const cell of full[0]!.filter(Boolean)) this.point(0, cell);
      this.slide!.checks.push('these points were a table of one row');
      return;
    }
    const slide = this.layoutSlide();
    slide.layout = 'table';
    slide.table = { header: full[0]!, rows: full.slice(1) };
    slide.checks.push('the first row of the table became its header: check it is one');
  }

  /** Compare columns (several "Label: text" paragraphs in a row), on the heading's slide while it is empty. */
  compare(columns: { heading: string; text: string }[]): void {
    const slide = this.layoutSlide();
    slide.layout = 'compare';
    slide.columns = columns.map((c) => ({ heading: c.heading, points: [{ text: c.text, children: [] }] }));
    slide.checks.push(`${columns.length} "Label: text" paragraphs in a row became compare columns: keep them as points if they are not a comparison`);
  }

  picture(picture: Picture): void {
    const extension = picture.file.slice(picture.file.lastIndexOf('.')).toLowerCase();
    if (!IMAGE_EXTENSIONS.has(extension)) {
      // Copied, so nothing is lost, but a slide cannot show it: the teacher converts it.
      this.point(0, `Picture: ${picture.file}${picture.alt ? ` (${picture.alt})` : ''}`);
      this.slide!.checks.push(`${picture.file} is a ${extension} picture, which slides cannot show: save it as a .png or .jpg and put it on an image slide (layout: image)`);
      return;
    }
    const slide = this.layoutSlide();
    slide.layout = 'image';
    // alt "" is a picture the source marked decorative.
    slide.image = { file: picture.file, ...(picture.alt !== undefined && { alt: picture.alt }), ...(picture.caption && { caption: picture.caption }) };
    if (picture.alt === undefined) slide.checks.push(`${picture.file} has no alt text in the source: write alt: "…" saying what it shows (alt: "" if it is only decoration)`);
  }

  /** Speaker notes for the current slide, after any it has. */
  notes(text: string, slide: DraftSlide | undefined = this.slide): void {
    if (!text) return;
    const target = slide ?? this.startSlide(this.slideTitle);
    target.notes = target.notes ? `${target.notes}\n\n${text}` : text;
  }

  /** The draft, every section with a slide and every slide with content, and the layouts it could use suggested. */
  finish(): Draft {
    for (const section of this.draft.sections) {
      if (section.slides.length === 0) {
        section.slides.push({ ...emptySlide(section.title), points: [{ text: section.title, children: [] }], checks: ['this section had no text under its heading: add its slides or delete it'] });
      }
      for (const slide of section.slides) {
        if (!slide.layout && slide.points.length === 0) {
          slide.points.push({ text: slide.title, children: [] });
          slide.checks.push('this slide had only its title (now its only point): add its points or delete it');
        }
        slide.suggestions.push(...suggest(slide));
      }
    }
    if (this.draft.sections.length === 0) {
      this.startSlide(this.draft.title);
      return this.finish();
    }
    return this.draft;
  }
}
