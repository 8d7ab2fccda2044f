/**
 * output/index.html: every course and lecture built into this output folder, from the
 * records the builds left (so shards built on several machines make one index).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { compileTemplate, TemplateSet } from '../render/template-set.js';
import { writeOutputsSync } from '../write/output-writer.js';
import { readRecord } from './build-record.js';
import { recordedFolders } from './remove-stale.js';

const HANDOUT_LABELS: Record<string, string> = {
  'notes-handout.pdf': 'Notes handout',
  'speaker-notes.pdf': 'Speaker notes',
  'revision-sheet.pdf': 'Revision sheet',
  'worksheet.pdf': 'Worksheet',
  'worksheet-answers.pdf': 'Worksheet answers',
  'quiz.pdf': 'Quiz',
  'quiz-answers.pdf': 'Quiz answers',
  'flashcards.pdf': 'Flashcards',
};

/** The data of the index page: courses, each with its lectures in lesson order. */
export function indexView(outDir: string) {
  const lectures = recordedFolders(outDir)
    .map((folder) => ({ href: encodeURI(folder.split(path.sep).join('/')), record: readRecord(path.join(outDir, folder))! }))
    .filter((l) => l.record)
    .map(({ href, record }) => ({
      href,
      title: record.title,
      course: record.course ?? (href.includes('/') ? decodeURI(href).split('/').slice(0, -1).join(' / ') : 'Lectures'),
      lesson: record.lesson,
      revised: record.revised,
      slides: record.slides.length,
      thumbnail: existsSync(path.join(outDir, decodeURI(href), 'thumbnail.png')) ? `${href}/thumbnail.png` : undefined,
      deck: ['deck.html', 'deck.pdf', 'deck.pptx'].filter((f) => record.files.includes(f)).map((f) => ({ href: `${href}/${f}`, label: f.split('.')[1]!.toUpperCase() })),
      handouts: Object.keys(HANDOUT_LABELS)
        .filter((f) => record.files.includes(f))
        .map((f) => ({ href: `${href}/${f}`, label: HANDOUT_LABELS[f] })),
    }));
  const byCourse = new Map<string, typeof lectures>();
  for (const l of lectures) byCourse.set(l.course, [...(byCourse.get(l.course) ?? []), l]);
  const lessonOrder = (a: (typeof lectures)[number], b: (typeof lectures)[number]) =>
    String(a.lesson ?? '').localeCompare(String(b.lesson ?? ''), 'en', { numeric: true }) || a.title.localeCompare(b.title);
  return {
    courses: [...byCourse].sort(([a], [b]) => a.localeCompare(b)).map(([name, items]) => ({ name, lectures: items.sort(lessonOrder) })),
    count: lectures.length,
  };
}

export function writeCourseIndex(outDir: string, templates = new TemplateSet()): void {
  const view = indexView(outDir);
  const { file, text } = templates.read('index/index.html.hbs');
  const hb = Handlebars.create();
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  const html = compileTemplate(hb, file, text)(view);
  writeOutputsSync(outDir, [{ name: 'index.html', data: html }]);
}
