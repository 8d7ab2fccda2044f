/**
 * output/index.html: every course and lecture built into this output folder, from the
 * manifests the builds left (so shards built on several machines make one index).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { englishLabels, fill, type Labels } from '../make/labels.js';
import { compileTemplate, TemplateSet } from '../make/template-set.js';
import type { OutputKind } from '../outputs/output-kind.js';
import { OUTPUTS } from '../outputs/registry.js';
import { slashes, urlPath } from '../paths.js';
import { writeOutputsSync } from '../write/output-writer.js';
import { readManifest } from './manifest.js';
import { builtFolders } from './remove-stale.js';

/** The data of the index page: courses, each with its lectures in lesson order. */
export function indexView(outDir: string, labels: Labels = englishLabels()) {
  const lectures = builtFolders(outDir)
    .map((folder) => ({ folder: slashes(folder), manifest: readManifest(path.join(outDir, folder)) }))
    .flatMap(({ folder, manifest }) => (manifest ? [{ folder, manifest }] : []))
    .map(({ folder, manifest }) => {
      const href = urlPath(folder);
      // Outputs with a label on the index, whose file this lecture has.
      const links = (kinds: readonly OutputKind[]) =>
        kinds.flatMap((o) => (o.indexLabel && manifest.files.includes(o.file) ? [{ href: `${href}/${o.file}`, label: labels[o.indexLabel] }] : []));
      return {
        href,
        title: manifest.title,
        course: manifest.course ?? (folder.includes('/') ? folder.split('/').slice(0, -1).join(' / ') : labels.indexOtherLectures),
        lesson: manifest.lesson,
        lessonLabel: manifest.lesson ? fill(labels.lesson, { lesson: manifest.lesson }) : undefined,
        revised: manifest.revised,
        revisedLabel: manifest.revised ? fill(labels.revised, { date: manifest.revised }) : undefined,
        slides: manifest.slides.length,
        slidesLabel: fill(labels.indexSlides, { count: manifest.slides.length }),
        thumbnail: existsSync(path.join(outDir, folder, 'thumbnail.png')) ? `${href}/thumbnail.png` : undefined,
        thumbnailAlt: fill(labels.indexTitleSlide, { title: manifest.title }),
        deck: links(OUTPUTS.filter((o) => o.group === 'deck')),
        handouts: links(OUTPUTS.filter((o) => o.group === undefined)),
      };
    });
  const byCourse = new Map<string, typeof lectures>();
  for (const l of lectures) byCourse.set(l.course, [...(byCourse.get(l.course) ?? []), l]);
  const lessonOrder = (a: (typeof lectures)[number], b: (typeof lectures)[number]) =>
    String(a.lesson ?? '').localeCompare(String(b.lesson ?? ''), 'en', { numeric: true }) || a.title.localeCompare(b.title);
  return {
    labels,
    courses: [...byCourse].sort(([a], [b]) => a.localeCompare(b)).map(([name, items]) => ({ name, lectures: items.sort(lessonOrder) })),
    count: lectures.length,
    countLabel: fill(lectures.length === 1 ? labels.indexCountOne : labels.indexCountMany, { count: lectures.length }),
  };
}

export function writeCourseIndex(outDir: string, templates = new TemplateSet(), labels: Labels = englishLabels()): void {
  const view = indexView(outDir, labels);
  const { file, text } = templates.read('index/index.html.hbs');
  const hb = Handlebars.create();
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  const html = compileTemplate(hb, file, text)(view);
  writeOutputsSync(outDir, [{ name: 'index.html', data: html }]);
}
