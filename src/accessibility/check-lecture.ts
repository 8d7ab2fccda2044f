/**
 * One lecture, checked as a school's accessibility office would check its materials: loaded
 * and fitted as a build does it (in the build's browser), then each topic in turn. Nothing is
 * written: the check may run on a lecture that was never built.
 */
import path from 'node:path';
import type { LectureEntry } from '../course/find-lectures.js';
import { pictureStore } from '../decide/picture-store.js';
import { languageName } from '../language.js';
import { DECK_VIEWPORT } from '../make/deck/deck-page.js';
import { NOTHING_PRINTED, type FittedDeck } from '../make/deck/deck-inputs.js';
import { startDeck } from '../make/deck/fit-deck.js';
import { slideWrittenAt } from '../make/deck/slide-decisions.js';
import { handoutContrast, printedSlideContrast, readThemeContrast } from '../make/contrast.js';
import { deckHtml } from '../outputs/deck-html/index.js';
import type { MakeContext } from '../outputs/output-kind.js';
import type { BuildContext } from '../pipeline/context.js';
import { loadLecture, type LoadedLecture } from '../pipeline/load-step.js';
import { lectureMakeContext } from '../pipeline/make-context.js';
import { NO_ALT_TEXT } from '../load/warnings.js';
import { plural, quoted, type Problem } from '../problems/problem.js';
import { contrastProblems, type Stylesheet } from './contrast-problems.js';
import { axeVersion, axeViolations, WCAG_TAGS } from './deck-axe.js';
import type { TopicReport } from './finding.js';
import { languageMismatch, scriptCounts, scriptName, lectureText } from './script-language.js';
import { READABLE_FLOOR_PT, smallTextOnSlides } from './slide-type-size.js';


function altTextTopic(loaded: LoadedLecture): TopicReport {
  const { lecture } = loaded;
  const pictures = [...lecture.sections.flatMap((s) => s.slides), ...lecture.questions].filter((x) => x.image);
  const decorative = pictures.filter((x) => x.alt === '').length;
  const described = pictures.filter((x) => x.alt).length;
  // The build's own warnings, at the image: line with what to type; as errors here, as under --strict.
  const problems = loaded.warnings.filter((w) => w.message.includes(NO_ALT_TEXT)).map((w): Problem => ({ ...w, severity: 'error' }));
  const checked = pictures.length === 0 ? 'no pictures' : `${plural(pictures.length, 'picture')}: ${described} with alt text, ${decorative} marked decorative (alt: "")`;
  return { topic: 'alt text', checked, problems };
}

function languageTopic(loaded: LoadedLecture): TopicReport {
  const { lecture } = loaded;
  const named = `${lecture.language} (${languageName(lecture.language)})`;
  const mismatch = languageMismatch(lecture);
  if (!mismatch) {
    const scripts = scriptCounts(lectureText(lecture)).map(([s]) => scriptName(s));
    const letters = scripts.length === 0 ? '' : `, and the text is in ${new Intl.ListFormat('en').format(scripts.slice(0, 3))} letters`;
    return { topic: 'language', checked: `${named}${letters}`, problems: [] };
  }
  // The line that says the language, when the lecture says it; else its first line.
  const lines = loaded.source.split('\n');
  const at = lines.findIndex((l) => /^language\s*:/.test(l));
  const problem: Problem = {
    file: lecture.file,
    line: at + 1 || 1,
    column: 1,
    severity: 'error',
    message: mismatch.message,
    hint: at >= 0 ? `write language: ${mismatch.suggest} (or the tag of the language the lecture is in)` : `add a line language: ${mismatch.suggest} at the top of the lecture (or the tag of the language it is in; a course.yaml may set it for every lecture)`,
  };
  return { topic: 'language', checked: named, problems: [problem] };
}

/** A file as a teacher would type it from here: relative below the folder Lectern runs in, else its full path (no "../../"). */
function shownPath(file: string): string {
  const relative = path.relative('.', file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

function contrastTopic(context: MakeContext, templates: BuildContext['templates']): TopicReport {
  const { lecture } = context;
  const themeFile = shownPath(templates.resolve(`themes/${lecture.theme}.css`));
  const handoutFile = shownPath(templates.resolve('handouts/handout.css'));
  const handoutCss = context.handoutTemplates.stylesheet;
  const theme = readThemeContrast(context.themeCss, lecture.theme);
  const printed = printedSlideContrast(context.themeCss, handoutCss, lecture.theme);
  const sheets: Stylesheet[] = [
    { file: themeFile, report: theme, on: 'on its slides' },
    { file: themeFile, report: printed, on: 'on the slides printed in handouts' },
    { file: handoutFile, report: { findings: handoutContrast(handoutCss), unread: [] }, on: 'in the handouts' },
  ];
  const problems = sheets.flatMap(contrastProblems);
  const pairs = sheets.reduce((n, s) => n + s.report.findings.length, 0);
  // A colour the check cannot read (a gradient) is no fault to fix: it is named, to be looked at by eye.
  const unread = [...new Set(sheets.flatMap((s) => s.report.unread))];
  const byEye = unread.length === 0 ? '' : `; not read, so check by eye: ${unread.join('; ')}`;
  return { topic: 'contrast', checked: `theme ${quoted(lecture.theme)} and handout.css: ${pairs} colour pairs against WCAG 2.1 AA (4.5:1 text, 3:1 large text and graphics)${byEye}`, problems };
}

async function typeSizeTopic(context: MakeContext, fitted: FittedDeck): Promise<TopicReport> {
  const { lecture } = context;
  const small = await context.browser.withDocument('type sizes', fitted.page, context.images, { viewport: DECK_VIEWPORT }, smallTextOnSlides);
  const floors = `${READABLE_FLOOR_PT.text} pt (code ${READABLE_FLOOR_PT.code} pt)`;
  const problems = small.map(({ slide, pt, code, sample }): Problem => {
    // Read from the lecture, never from a message: a file's name may hold spaces and colons.
    const at = slideWrittenAt(lecture, fitted.plan[slide]!);
    return {
      file: lecture.file,
      line: at?.line ?? 1,
      column: at?.column ?? 1,
      severity: 'warning',
      message: `slide ${slide + 1} ${quoted(fitted.summary[slide]?.title ?? '')} has ${code ? 'code' : 'text'} set at ${pt} pt (${quoted(sample, 30)}), below ${code ? READABLE_FLOOR_PT.code : READABLE_FLOOR_PT.text} pt`,
      hint: code ? 'shorten the code block, or put it in two blocks on two slides' : 'shorten the slide, or split it into two slides: Lectern set it smaller to fit',
    };
  });
  return { topic: 'type size', checked: `${plural(fitted.plan.length, 'slide')}, the smallest text of each against ${floors}`, problems };
}

async function deckHtmlTopic(context: MakeContext, fitted: FittedDeck): Promise<TopicReport> {
  const { lecture } = context;
  // deck.html exactly as a build makes it: through its output kind.
  const rendered = await deckHtml.render(context, fitted);
  if ('skip' in rendered) throw new Error(`deck.html was skipped: ${rendered.skip}`);
  const made = await rendered.make(NOTHING_PRINTED);
  const data = made.files.find((f) => f.name === 'deck.html')!.data;
  const html = typeof data === 'string' ? data : Buffer.from(data).toString('utf8');
  const violations = await context.browser.withDocument('deck.html', html, context.images, {}, axeViolations);
  const problems = violations.map((v): Problem => ({
    file: lecture.file,
    line: 1,
    column: 1,
    severity: v.impact === 'serious' || v.impact === 'critical' ? 'error' : 'warning',
    message: `deck.html: ${v.help} (axe-core rule ${v.id}, ${v.impact ?? 'unknown'} impact) at ${v.targets.join(', ')}`,
    hint: `see ${v.helpUrl}; most are fixed in the theme (theme: ${lecture.theme}) or your templates`,
  }));
  return { topic: 'deck.html', checked: `axe-core ${axeVersion()}, ${WCAG_TAGS.join(', ')}`, problems };
}

export async function checkLecture(entry: LectureEntry, ctx: BuildContext): Promise<TopicReport[]> {
  const loaded = loadLecture(entry, ctx.options, ctx.templates);
  const context = lectureMakeContext(entry, loaded, ctx, pictureStore('', false));
  const deck = startDeck({ ...context, templates: context.deckTemplates }, async () => ({ pdf: false, pictures: [] }));
  const fitted = await deck.fitted;
  await deck.printed;
  return [altTextTopic(loaded), languageTopic(loaded), contrastTopic(context, ctx.templates), await typeSizeTopic(context, fitted), await deckHtmlTopic(context, fitted)];
}
