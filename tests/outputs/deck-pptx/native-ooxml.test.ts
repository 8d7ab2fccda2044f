/**
 * deck.pptx as an OOXML reader finds it: every XML part parses strictly, every part the
 * package names exists, and the slides are PowerPoint's own objects: a title placeholder on
 * every slide (PowerPoint's outline view, "Reset slide"), the speaker notes, the table as a
 * table, pictures with their alt text, sections named after the lecture's, bullets as
 * paragraphs with levels, key terms in bold, and the document's properties.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { englishLabels, fill } from '../../../src/make/labels.js';
import { buildDecks } from '../../helpers/built-decks.js';
import { textAboveBand } from '../../helpers/footer-band.js';
import { bulletTexts, contentSlides, plain, readLecture, squash, type LectureSlide, type LectureYaml } from '../../helpers/lecture-text.js';
import { readWordPages, type WordPage } from '../../helpers/pdf-words.js';
import { contentTypeProblems, openPackage, relationshipProblems, storedXmlParts, type Package } from '../../helpers/pptx-package.js';
import { coreProperties, notesText, paragraphs, pictures, sections, slides, tables, titlePlaceholders, type SlideRef } from '../../helpers/pptx-slides.js';

interface Opened {
  name: string;
  lecture: LectureYaml;
  deck: WordPage[];
  /** The package, or why it could not be read (a part that does not parse). */
  pkg: Package | Error;
}

const opened: Opened[] = [];

beforeAll(async () => {
  for (const d of await buildDecks()) {
    const pkg = await openPackage(d.pptx).catch((e: Error) => e);
    opened.push({ name: d.name, lecture: readLecture(d.yaml), deck: readWordPages(d.pdf), pkg });
  }
}, 300_000);

const labels = englishLabels();
/** Titles compared as a reader sees them: white space (line breaks too) as one space. */
const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();

function read(name: string) {
  const o = opened.find((x) => x.name === name)!;
  if (o.pkg instanceof Error) throw o.pkg;
  const pkg = o.pkg;
  const list = slides(pkg);
  const titleOf = (s: SlideRef) => spaced(titlePlaceholders(pkg, s).join(' '));
  /** The deck slides showing a lecture slide: titled as it, or as its "(cont.)". */
  const slidesOf = (slide: LectureSlide) => {
    const titles = [plain(slide.title), fill(labels.continued, { title: plain(slide.title) })].map(spaced);
    return list.filter((s) => titles.includes(titleOf(s)));
  };
  return { ...o, pkg, slides: list, titleOf, slidesOf };
}

describe.each(['mtcr', 'rivers'])('deck.pptx of %s, read as OOXML', (name) => {
  it('parses: every XML part is well-formed', () => {
    const { pkg } = opened.find((x) => x.name === name)!;
    expect(pkg instanceof Error ? pkg.message : '').toBe('');
    expect((pkg as Package).xml.size).toBeGreaterThan(10);
  });

  it('holds every part its [Content_Types].xml names, and names a type for every part', () => {
    const problems = contentTypeProblems(read(name).pkg);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('holds the target of every relationship, and every relationship its parts refer to', () => {
    const problems = relationshipProblems(read(name).pkg);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('compresses its XML parts', () => {
    const stored = storedXmlParts(read(name).pkg);
    expect(stored, `stored without compression: ${stored.join(', ')}`).toEqual([]);
  });

  it('gives every slide one title placeholder, holding the title deck.pdf shows on that slide', () => {
    const { pkg, slides: list, deck, lecture } = read(name);
    expect(list.length, 'slides in deck.pptx vs pages of deck.pdf').toBe(deck.length);
    const problems = list.flatMap((s) => {
      const titles = titlePlaceholders(pkg, s);
      if (titles.length !== 1) return [`slide ${s.number}: ${titles.length} title placeholders (p:ph type="title" or "ctrTitle")`];
      const title = spaced(titles[0]!);
      if (!title) return [`slide ${s.number}: an empty title placeholder`];
      const page = deck[s.number - 1];
      return page && !squash(textAboveBand(page)).includes(squash(title)) ? [`slide ${s.number}: its title placeholder says "${title}", which deck.pdf's page ${s.number} does not show`] : [];
    });
    expect(problems, problems.join('\n')).toEqual([]);
    expect(spaced(titlePlaceholders(pkg, list[0]!).join(' ')), 'the title slide').toBe(spaced(plain(lecture.title)));
  });

  it('titles a slide with each section\'s and each content slide\'s title, in the lecture\'s order', () => {
    const { slides: list, titleOf, lecture } = read(name);
    const wanted = lecture.sections.flatMap((s) => [s.title, ...s.slides.map((slide) => slide.title)]).map((t) => spaced(plain(t)));
    const titles = list.map(titleOf);
    let at = 0;
    const missing: string[] = [];
    for (const title of wanted) {
      const found = titles.indexOf(title, at);
      if (found < 0) missing.push(`"${title}" (looked for from slide ${at + 1} on)`);
      else at = found + 1;
    }
    expect(missing, `no title placeholder, in order, says:\n${missing.join('\n')}\nThe slides' titles: ${JSON.stringify(titles)}`).toEqual([]);
  });

  it('keeps each content slide\'s speaker notes, without zero-width spaces', () => {
    const { pkg, lecture, slidesOf } = read(name);
    const problems: string[] = [];
    for (const slide of contentSlides(lecture)) {
      const shown = slidesOf(slide);
      if (shown.length === 0) problems.push(`"${slide.title}": no slide has this title, so its notes cannot be found`);
      for (const s of shown) {
        const notes = notesText(pkg, s);
        if (notes === undefined) problems.push(`slide ${s.number} ("${slide.title}"): no notes slide`);
        else if (slide.notes && !squash(plain(notes)).includes(squash(plain(slide.notes)))) problems.push(`slide ${s.number} ("${slide.title}"): its notes say "${spaced(notes)}", not "${spaced(slide.notes)}"`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
    const hidden = pkg.parts.filter((p) => p.startsWith('ppt/notesSlides/') && pkg.xml.get(p)?.documentElement?.textContent?.includes('\u200B'));
    expect(hidden, `notes with a zero-width space (U+200B): ${hidden.join(', ')}`).toEqual([]);
  });

  it('writes each table as a PowerPoint table: header and rows × columns, cell by cell', () => {
    const { pkg, lecture, slidesOf } = read(name);
    const tableSlides = contentSlides(lecture).filter((s) => s.table);
    expect(tableSlides.length, 'the lecture has a table slide').toBeGreaterThan(0);
    for (const slide of tableSlides) {
      const { header, rows } = slide.table!;
      const found = slidesOf(slide).flatMap((s) => tables(pkg, s).map((t) => ({ ...t, slide: s.number })));
      expect(found.length, `"${slide.title}": a:tbl on its slides`).toBeGreaterThan(0);
      const cells = (row: string[]) => row.map((c) => spaced(plain(c)));
      for (const t of found) {
        expect(t.columns, `slide ${t.slide}: columns of the table`).toBe(header.length);
        expect(cells(t.rows[0] ?? []), `slide ${t.slide}: the table's header row`).toEqual(cells(header));
      }
      // A table split over "(cont.)" slides repeats its header; its rows follow on, in order.
      const body = found.flatMap((t) => t.rows.slice(1));
      expect(`${body.length + 1} rows × ${found[0]!.columns} columns`, `"${slide.title}"`).toBe(`${rows.length + 1} rows × ${header.length} columns`);
      expect(body.map(cells), `"${slide.title}": the table's cells`).toEqual(rows.map(cells));
    }
  });

  it('names the lecture, its author and its language in the document properties', () => {
    const { pkg, lecture } = read(name);
    const core = coreProperties(pkg);
    expect(core.title, 'dc:title').toBe(plain(lecture.title));
    expect(core.creator, 'dc:creator').toBe(lecture.author);
    // Lectern reads a lecture without a language as English.
    if (lecture.language) expect(core.language, 'dc:language').toBe(lecture.language);
    else expect(core.language ?? 'en', 'dc:language').toMatch(/^en(-|$)/);
  });

  it('puts the slides in PowerPoint sections named after the lecture\'s sections', () => {
    const { pkg, lecture, slides: list, titleOf, slidesOf } = read(name);
    const found = sections(pkg);
    const names = found.map((s) => spaced(s.name));
    const wanted = lecture.sections.map((s) => spaced(plain(s.title)));
    expect(names.filter((n) => wanted.includes(n)), `sections ${JSON.stringify(names)}`).toEqual(wanted);
    // PowerPoint expects every slide in one section once a presentation has sections.
    const placed = found.flatMap((s) => s.slides).sort((a, b) => a - b);
    expect(placed, 'each slide in exactly one section').toEqual(list.map((s) => s.number));
    for (const section of lecture.sections) {
      const held = found.find((s) => spaced(s.name) === spaced(plain(section.title)))?.slides ?? [];
      const divider = list.find((s) => titleOf(s) === spaced(plain(section.title)));
      const belong = [...(divider ? [divider] : []), ...section.slides.flatMap(slidesOf)].map((s) => s.number);
      expect(belong.filter((n) => !held.includes(n)), `slides of "${section.title}" outside its section (it holds ${JSON.stringify(held)})`).toEqual([]);
    }
  });
});

describe('deck.pptx of the rivers lecture: pictures, bullets, key terms', () => {
  it('shows each image as a picture whose alt text is the teacher\'s (a decorative one\'s empty)', async () => {
    const { pkg, lecture, slidesOf } = read('rivers');
    const imageSlides = contentSlides(lecture).filter((s) => s.image);
    expect(imageSlides.map((s) => !!s.caption), 'one image slide with a caption, one without').toEqual([true, false]);
    expect(imageSlides.map((s) => s.alt === ''), 'one picture described, one decorative').toEqual([false, true]);
    for (const slide of imageSlides) {
      const [shown] = slidesOf(slide);
      expect(shown, `a slide titled "${slide.title}"`).toBeDefined();
      const pics = pictures(pkg, shown!).filter((p) => p.media && !/logo/i.test(p.name));
      expect(pics.length, `slide ${shown!.number} ("${slide.title}"): p:pic elements`).toBe(1);
      expect(pics[0]!.descr, `slide ${shown!.number}: the picture's alt text (p:cNvPr descr)`).toBe(slide.alt);
      const bytes = pkg.zip.file(pics[0]!.media!);
      expect(bytes, `slide ${shown!.number}: ${pics[0]!.media} in the package`).not.toBeNull();
      const head = Buffer.from((await bytes!.async('uint8array')).subarray(0, 4)).toString('latin1');
      expect(['\x89PNG', '\xFF\xD8\xFF\xE0', '\xFF\xD8\xFF\xE1', '\xFF\xD8\xFF\xDB'].some((m) => head.startsWith(m.slice(0, 3))), `${pics[0]!.media} is a PNG or JPEG`).toBe(true);
    }
  });

  it('writes bullets as paragraphs, sub-bullets a level below their parent', () => {
    const { pkg, lecture, slidesOf } = read('rivers');
    const slide = contentSlides(lecture).find((s) => s.title === 'From source to mouth')!;
    const paras = slidesOf(slide).flatMap((s) => paragraphs(pkg, s));
    const level = (text: string) => paras.find((p) => squash(p.text) === squash(plain(text)))?.level;
    for (const bullet of bulletTexts(slide.bullets)) expect(level(bullet), `a paragraph of its own: "${plain(bullet)}"`).toBeDefined();
    expect(level('tributaries')!, '"tributaries" is a sub-bullet of "Along its course it is joined by:"').toBeGreaterThan(level('Along its [[course]] it is joined by:')!);
    expect(level('streams from the *water table*')).toBe(level('tributaries'));
  });

  it('sets key terms and **bold** phrases in bold, as the slides do', () => {
    const { pkg, lecture, slidesOf } = read('rivers');
    const slide = contentSlides(lecture).find((s) => s.title === 'From source to mouth')!;
    const bold = slidesOf(slide).flatMap((s) => paragraphs(pkg, s).flatMap((p) => p.bold)).map(squash);
    for (const phrase of ['source', 'course', 'mouth']) expect(bold.some((b) => b.includes(phrase)), `"${phrase}" in a bold run (a:rPr b="1"); bold runs: ${JSON.stringify(bold)}`).toBe(true);
    expect(bold.some((b) => b.includes('tributaries')), 'a plain bullet is not bold').toBe(false);
  });
});
