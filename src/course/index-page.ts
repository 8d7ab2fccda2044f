/**
 * output/index.html: every course and lecture built into this output folder, from the
 * manifests the builds left (so shards built on several machines make one index). The page
 * is in the course's language (the content root's course.yaml), each lecture's card in its own.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { parse } from 'yaml';
import { COURSE_FILE } from '../load/course.js';
import { canonicalLanguage } from '../language.js';
import { textDirection } from '../language.js';
import { fill, labelsByLanguage, type Labels } from '../make/labels.js';
import { compileTemplate, TemplateSet } from '../make/template-set.js';
import type { OutputKind } from '../outputs/output-kind.js';
import { THUMBNAIL_FILE } from '../outputs/deck-pdf/index.js';
import { OUTPUTS } from '../outputs/registry.js';
import { slashes, urlPath } from '../paths.js';
import { writeOutputsSync } from '../write/output-writer.js';
import { readManifest } from './manifest.js';
import { builtFolders } from './remove-stale.js';

/** The data of the index page: courses, each with its lectures in lesson order. */
export interface IndexLanguage {
  /** The language of the page: its title, its count of lectures. */
  language: string;
  /** The labels of a language (the page's, and each lecture's). */
  labelsFor: (language: string) => { labels: Labels };
}

export function indexView(outDir: string, { language, labelsFor }: IndexLanguage = { language: 'en', labelsFor: labelsByLanguage(new TemplateSet()) }) {
  const labels = labelsFor(language).labels;
  const lectures = builtFolders(outDir)
    .map((folder) => ({ folder: slashes(folder), manifest: readManifest(path.join(outDir, folder)) }))
    .flatMap(({ folder, manifest }) => (manifest ? [{ folder, manifest }] : []))
    .map(({ folder, manifest }) => {
      const href = urlPath(folder);
      // A card is in its lecture's language: its lang (and dir) say so where it differs from the page's.
      const lang = manifest.language ?? 'en';
      const labels = labelsFor(lang).labels;
      // Outputs with a label on the index, whose file this lecture has. Each link's name
      // for screen readers says what it opens and of which lecture ("Quiz (PDF) — Atoms"): a
      // list of a page's links, as screen readers offer, would otherwise read "PDF, PDF, PDF".
      const links = (kinds: readonly OutputKind[], named: (label: string) => string) =>
        kinds.flatMap((o) =>
          o.indexLabel && manifest.files.includes(o.file)
            ? [{ href: `${href}/${o.file}`, label: labels[o.indexLabel], name: fill(labels.indexLinkOf, { link: named(labels[o.indexLabel]), lecture: manifest.title }) }]
            : [],
        );
      return {
        href,
        ...(lang !== language && { lang, dir: textDirection(lang) }),
        title: manifest.title,
        course: manifest.course ?? (folder.includes('/') ? folder.split('/').slice(0, -1).join(' / ') : labelsFor(language).labels.indexOtherLectures),
        lesson: manifest.lesson,
        lessonLabel: manifest.lesson ? fill(labels.lesson, { lesson: manifest.lesson }) : undefined,
        revised: manifest.revised,
        revisedLabel: manifest.revised ? fill(labels.revised, { date: manifest.revised }) : undefined,
        slides: manifest.slides.length,
        slidesLabel: fill(labels.indexSlides, { count: manifest.slides.length }),
        thumbnail: existsSync(path.join(outDir, folder, THUMBNAIL_FILE)) ? `${href}/${THUMBNAIL_FILE}` : undefined,
        thumbnailAlt: fill(labels.indexTitleSlide, { title: manifest.title }),
        deckLabel: labels.indexDeck,
        // "HTML (Deck)", "Quiz (PDF)", "Moodle (XML)": each name starts with the link's visible
        // text, so that a teacher using voice control can say what they see (WCAG 2.5.3).
        deck: links(OUTPUTS.filter((o) => o.group === 'deck'), (label) => fill(labels.indexLinkFormat, { link: label, format: labels.indexDeck })),
        handouts: links(OUTPUTS.filter((o) => o.group === undefined), (label) => fill(labels.indexLinkFormat, { link: label, format: labels.indexPdf })),
        exportsLabel: labels.indexExports,
        exports: links(OUTPUTS.filter((o) => o.group === 'exports'), (label) => label),
      };
    });
  const byCourse = new Map<string, typeof lectures>();
  for (const l of lectures) byCourse.set(l.course, [...(byCourse.get(l.course) ?? []), l]);
  const lessonOrder = (a: (typeof lectures)[number], b: (typeof lectures)[number]) =>
    String(a.lesson ?? '').localeCompare(String(b.lesson ?? ''), 'en', { numeric: true }) || a.title.localeCompare(b.title);
  return {
    lang: language,
    dir: textDirection(language),
    labels,
    // Each course's id is its place on the page: course names may be any text, and the list of
    // courses at the top links to them.
    courses: [...byCourse].sort(([a], [b]) => a.localeCompare(b)).map(([name, items], i) => ({ name, id: `course-${i + 1}`, ...courseLang(items), lectures: items.sort(lessonOrder) })),
    count: lectures.length,
    countLabel: fill(lectures.length === 1 ? labels.indexCountOne : labels.indexCountMany, { count: lectures.length }),
  };
}

/**
 * A course's name is in its lectures' language: when they all share one other than the page's,
 * its heading says so (WCAG 3.1.2), so that a screen reader reads "العلوم" as Arabic.
 */
function courseLang(lectures: readonly { lang?: string; dir?: string }[]): { lang?: string; dir?: string } {
  const first = lectures[0];
  return first?.lang && lectures.every((l) => l.lang === first.lang) ? { lang: first.lang, dir: first.dir } : {};
}

/** The language of the course: the one the content root's course.yaml names, else English. */
export function courseLanguage(roots: readonly string[]): string {
  for (const root of roots) {
    const file = path.join(root, COURSE_FILE);
    if (!existsSync(file)) continue;
    try {
      const data: unknown = parse(readFileSync(file, 'utf8'));
      const named = data && typeof data === 'object' && 'language' in data ? String(data.language) : undefined;
      // A course.yaml that names no language, or not one, says so when its lectures are built.
      const language = named && canonicalLanguage(named);
      if (language) return language;
    } catch {
      continue;
    }
  }
  return 'en';
}

export function writeCourseIndex(outDir: string, templates = new TemplateSet(), language = 'en', labelsFor = labelsByLanguage(templates)): void {
  const view = indexView(outDir, { language, labelsFor });
  const { file, text } = templates.read('index/index.html.hbs');
  const hb = Handlebars.create();
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  const html = compileTemplate(hb, file, text)(view);
  writeOutputsSync(outDir, [{ name: 'index.html', data: html }]);
}
