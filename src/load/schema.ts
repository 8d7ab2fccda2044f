/**
 * The lecture format, defined once. The TypeScript types (`LectureInput`) and the
 * validation both come from these schemas, so the two cannot drift apart.
 */
import { z } from 'zod';
import { OUTPUT_CHOICES } from '../outputs/registry.js';
import { quoted } from '../problems/problem.js';
import { canonicalLanguage, languageTagMessage } from '../language.js';
import { closestWord } from './closest-word.js';
import { repeatedChoices } from './repeated-choices.js';
import { LAYOUTS, PAPERS, SLIDES_PER_PAGE, SPEAKER_NOTES, type Layout } from './lecture.js';

/** Any short piece of text. Numbers are accepted and kept as written (`when: 1987`). */
const Text = z
  .union([z.string(), z.number()])
  .transform((v) => String(v))
  .describe('Text. Inline Markdown works: **bold**, *italic*, `code`, [links](https://…), and [[key term]]. Maths goes between dollars, $E = mc^2$ ($$…$$ in display style, \\ce{…} for chemistry); \\$ is a dollar sign.');

const TAG_SHAPE = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

/** A language, as a BCP 47 tag; a language's name ("french", "Français") is answered with its tag. */
const Language = z
  .string()
  // The shape of a tag, for editors that read the JSON Schema; Node then checks it names a language.
  .regex(TAG_SHAPE, { error: (issue) => languageTagMessage(issue.input) })
  // A value of the wrong shape has been told already, by the line above.
  .refine((tag) => !TAG_SHAPE.test(tag) || canonicalLanguage(tag) !== undefined, { error: (issue) => languageTagMessage(issue.input) })
  .describe('The language the lecture is written in, a BCP 47 tag such as en, fr, es, de, pt, hi, ar, zh or pt-BR: it sets the words Lectern adds (headings, labels), the way dates are written, and right-to-left layout for Arabic and Hebrew.');

/**
 * What a picture shows, for someone who cannot see it: read aloud by screen readers, kept
 * in every PDF and in PowerPoint. Plain text (no Markdown or maths); "" marks a picture that
 * adds nothing to the words around it.
 */
const Alt = z
  .string()
  .describe('Alt text: what the picture shows, in a sentence or two, for a student who cannot see it (a screen reader reads it aloud). Plain text. Write alt: "" for a purely decorative picture that carries no information.')
  .meta({ examples: ['A map of the Nile from Lake Victoria to the Mediterranean, with Cairo and Khartoum marked'] });

/** A title: text with something in it. */
const Title = Text.refine((t) => t.trim() !== '', { message: 'the title is empty; write it in' });

export type BulletInput = string | number | { [text: string]: BulletInput[] };

/**
 * A bullet is a line of text, or a line that carries its own sub-list:
 *   - Plain point
 *   - Point with details:
 *       - first detail
 */
export const BulletSchema: z.ZodType<BulletInput> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z
      .record(z.string(), z.array(BulletSchema))
      .refine((o) => Object.keys(o).length === 1, {
        message: 'a bullet with a sub-list has exactly one line of text before its colon',
      }),
  ]),
).describe('A point: text, or "text:" followed by an indented list of sub-points. A point may end with a code block: write it as a block scalar (|), the code between ```python and ``` lines; it is shown as typed, highlighted, never split.');

const Bullets = z.array(BulletSchema).min(1).describe('The points of the slide, in order.');

/** Which fields each layout needs; the rest of a slide's fields are checked against it. */
export const LAYOUT_FIELDS: Record<Layout, { required: string[]; optional: string[] }> = {
  bullets: { required: ['bullets'], optional: [] },
  facts: { required: ['facts'], optional: [] },
  timeline: { required: ['events'], optional: [] },
  compare: { required: ['columns'], optional: [] },
  quote: { required: ['quote'], optional: ['source'] },
  image: { required: ['image'], optional: ['caption', 'alt'] },
  table: { required: ['table'], optional: ['caption'] },
};

const Fact = z
  .strictObject({
  value: Text.describe('The big number or short value, e.g. "1987" or "500 kg".'),
  label: Text.describe('What the value means, e.g. "year the MTCR was founded".'),
  })
  .describe('A big-number call-out.');

const Event = z
  .strictObject({
  when: Text.describe('A date or period, e.g. 1992 or "June 2016".'),
  what: Text.describe('What happened then.'),
  })
  .describe('One event of a timeline.');

const Column = z
  .strictObject({
  heading: Text.describe('The column heading, e.g. "Achievements".'),
  bullets: Bullets,
  })
  .describe('One column of a compare slide.');

const Table = z
  .strictObject({
  header: z.array(Text).min(1).describe('Column headings.'),
  rows: z.array(z.array(Text)).min(1).describe('Rows, each a list with one cell per heading.'),
  })
  .superRefine((table, ctx) => {
    table.rows.forEach((row, i) => {
      if (row.length !== table.header.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['rows', i],
          message: `this row has ${row.length} cell${row.length === 1 ? '' : 's'} but the header has ${table.header.length}; give every row one cell per heading (use "" for an empty cell)`,
        });
      }
    });
  })
  .describe('A table: header (the column headings) and rows (lists of cells).');

export const SlideSchema = z
  .strictObject({
    title: Title.describe('The slide heading.'),
    layout: z
      .enum(LAYOUTS)
      .default('bullets')
      .describe('How the slide is laid out: bullets (the default), facts (big numbers), timeline, compare (2–3 columns), quote, image or table.'),
    notes: Text.optional().describe('Speaker notes (Markdown, code blocks between ```python and ``` lines included), shown in presenter view and on speaker-notes pages.'),
    bullets: Bullets.optional(),
    facts: z.array(Fact).min(1).optional().describe('Big-number call-outs: value and label.'),
    events: z.array(Event).min(1).optional().describe('Timeline events, in order.'),
    columns: z.array(Column).min(2).max(3).optional().describe('Two or three columns, each a heading and bullets.'),
    quote: Text.optional().describe('The quotation.'),
    source: Text.optional().describe('Who said or wrote the quotation.'),
    image: z.string().optional().describe('Path of an image file, relative to the lecture file.'),
    caption: Text.optional().describe('A caption under the image or table, shown to everyone.'),
    alt: Alt.optional(),
    table: Table.optional(),
  })
  .superRefine((slide, ctx) => {
    const fields = LAYOUT_FIELDS[slide.layout];
    for (const key of fields.required) {
      if (slide[key as keyof typeof slide] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [],
          message: `a "${slide.layout}" slide needs "${key}"`,
          params: { lectern: 'missing-layout-field', key },
        });
      }
    }
    const allowed = new Set(['title', 'layout', 'notes', ...fields.required, ...fields.optional]);
    for (const key of Object.keys(slide)) {
      if (!allowed.has(key) && slide[key as keyof typeof slide] !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `"${key}" does not belong on a "${slide.layout}" slide (it uses ${[...fields.required, ...fields.optional].map((k) => `"${k}"`).join(', ')})`,
          params: { lectern: 'foreign-layout-field', key },
        });
      }
    }
  })
  .describe('A slide: a title, a layout, speaker notes, and the content its layout needs.');

const Section = z
  .strictObject({
  title: Title.describe('The section title, shown on its divider slide.'),
  slides: z.array(SlideSchema).min(1).describe('The content slides of this section.'),
  })
  .describe('A section: a divider slide with its title, then its slides.');

const Term = z
  .strictObject({
  term: Text.describe('The term or acronym.'),
  definition: Text.describe('What it means.'),
  })
  .describe('A glossary entry; each becomes a flashcard.');

const Question = z
  .strictObject({
    question: Text.describe('The question.'),
    choices: z.array(Text).min(2).optional().describe('Choices, for a multiple-choice question.'),
    answer: z
      .union([z.boolean(), z.string().trim().min(1), z.number()])
      .describe('The answer: one of the choices, true/false, or the expected text.'),
    explain: Text.optional().describe('Why that is the answer (shown in answer keys).'),
    image: z.string().optional().describe('A picture for the question (a map, a diagram, a graph), a path relative to the lecture file: printed under the question in the quiz and its answer key, and carried by the Moodle XML and QTI exports.'),
    alt: Alt.optional(),
  })
  .superRefine((q, ctx) => {
    if (q.alt !== undefined && q.image === undefined) {
      ctx.addIssue({ code: 'custom', path: ['alt'], message: 'this question has alt text but no picture; add "image: …" (a file beside the lecture), or remove "alt"' });
    }
    for (const issue of repeatedChoices(q.choices ?? [])) ctx.addIssue({ code: 'custom', ...issue });
    if (q.choices && !q.choices.includes(String(q.answer))) {
      const meant = closestWord(String(q.answer), q.choices);
      ctx.addIssue({
        code: 'custom',
        path: ['answer'],
        message: `the answer must be one of the choices: ${q.choices.map((c) => quoted(c)).join(', ')}${meant ? ` — did you mean ${quoted(meant)}?` : ''}`,
      });
    }
  })
  .describe('A question for the quiz (and, for short answers, the worksheet).');

/**
 * The options that are whole numbers, with their range. A seed picks one of 2³² orders
 * (the shuffle reads it as a 32-bit number): a larger one would repeat a smaller one's.
 */
export const WHOLE_NUMBERS: Record<string, [min: number, max: number]> = { seed: [0, 2 ** 32 - 1] };

const Handouts = z
  .strictObject({
    paper: z.enum(PAPERS).default('a4').describe('Paper size of the handouts: a4 or letter.'),
    'slides-per-page': z
      .literal(SLIDES_PER_PAGE)
      .default(3)
      .describe('Slides on each page of the note-taking handout: 1, 2, 3, 4, 6 or 9.'),
    'word-bank': z.boolean().default(false).describe('Print a word bank of the missing words on the worksheet.'),
    shuffle: z.boolean().default(false).describe('Shuffle the quiz questions and choices (the same seed always gives the same quiz).'),
    seed: z.number().int().min(0).max(WHOLE_NUMBERS.seed![1]).default(1).describe('Which shuffle: another seed gives another version of the quiz.'),
    'question-cards': z.boolean().default(false).describe('Add a flashcard for each question (question on the front, answer on the back).'),
    'speaker-notes': z
      .enum(SPEAKER_NOTES)
      .default('with-notes')
      .describe('Which slides the speaker notes handout shows: with-notes (the default: only slides that have notes) or all.'),
    'large-print': z
      .boolean()
      .default(false)
      .describe('Large print: every handout\'s own text at 18 pt or more, the revision sheet in one column, flashcards four to a sheet, at most two slides to a page of the notes handout. The deck is not changed.'),
    'dyslexia-friendly': z
      .boolean()
      .default(false)
      .describe('Handouts in Atkinson Hyperlegible (a face made to tell letters apart), with wider line, letter and word spacing, text aligned to the left, emphasis in bold rather than italics, no capitals-only text. Combines with large-print.'),
  })
  .describe('Options for the printed handouts.');

/**
 * The handout options that are numbers or true/false (seed, slides-per-page, shuffle, …).
 * Everywhere else a number or a true/false is text, kept as the teacher typed it: the
 * loader reads only these as YAML resolves them (see parse-yaml.ts).
 */
export const HANDOUT_VALUES: readonly string[] = Object.entries(Handouts.shape)
  .filter(([, option]) => ['number', 'boolean', 'literal'].includes(option.unwrap().def.type))
  .map(([key]) => key);

/**
 * course.yaml: defaults for every lecture in its folder and the folders below it. A
 * lecture's own value wins; a course.yaml nearer the lecture wins over one further up.
 */
export const CourseSchema = z.strictObject({
  course: Text.optional().describe('The course name, shown on title slides and handouts.'),
  author: Text.optional().describe('Who wrote or teaches the lectures.'),
  footer: Text.optional().describe('A line at the foot of every content slide and page.'),
  logo: z.string().optional().describe('A logo image (e.g. the school\'s), a path relative to this file, inside its folder or its course\'s: large on the title slide, small on every slide, and at the top of every handout page.'),
  theme: z.string().optional().describe('The deck theme: a CSS file name in templates/themes (without .css).'),
  language: Language.optional(),
  revised: Text.optional().describe('When the content was last revised.'),
  handouts: Handouts.partial().optional().describe('Handout options for every lecture of the course.'),
  outputs: z
    .array(z.enum(OUTPUT_CHOICES))
    .min(1)
    .optional()
    .describe('Which outputs to build, e.g. [deck, quiz, quiz-answers]; all but deck-pictures (the picture deck, made only when named) when absent. "deck" means deck-md, deck-html, deck-pdf and deck-pptx.'),
});

export const LectureSchema = z.strictObject({
  title: Title.describe('The lecture title.').meta({ examples: ['The Missile Technology Control Regime'] }),
  subtitle: Text.optional().describe('A subtitle for the title slide.'),
  course: Text.optional().describe('The course this lecture belongs to.'),
  lesson: Text.optional().describe('The lesson number or name, e.g. 1.'),
  author: Text.optional().describe('Who wrote or teaches the lecture.'),
  revised: Text.optional().describe('When the content was last revised, e.g. 2024-09-01.').meta({ examples: ['2024-09-01'] }),
  footer: Text.optional().describe('A line printed at the foot of every content slide and page.').meta({ examples: ['© 2024 Riverside School'] }),
  logo: z.string().optional().describe('A logo image (e.g. the school\'s), a path relative to this file, inside its folder or its course\'s: large on the title slide, small on every slide, and at the top of every handout page.').meta({ examples: ['logo.png'] }),
  theme: z.string().default('lectern').describe('The deck theme: a CSS file name in templates/themes (without .css).'),
  language: Language.default('en').meta({ examples: ['en', 'fr', 'ar'] }),
  next: Text.optional().describe('The title of the next lecture, named on the closing slide.'),
  objectives: z.array(Text).optional().describe('What students will be able to do after the lecture.'),
  sections: z.array(Section).min(1).describe('The sections of the lecture, in order.'),
  glossary: z.array(Term).optional().describe('Terms and acronyms with their definitions.'),
  questions: z.array(Question).optional().describe('Questions for the quiz and worksheet.'),
  takeaways: z.array(Text).optional().describe('The points to remember, shown on the takeaways slide.'),
  handouts: Handouts.optional(),
});

export type LectureInput = z.input<typeof LectureSchema>;
export type LectureParsed = z.output<typeof LectureSchema>;

/** Known keys of each kind of mapping, by the name of the list that holds it (for "did you mean"). */
export const KNOWN_KEYS: Record<string, string[]> = {
  lecture: Object.keys(LectureSchema.shape),
  sections: Object.keys(Section.shape),
  slides: Object.keys(SlideSchema.shape),
  facts: Object.keys(Fact.shape),
  events: Object.keys(Event.shape),
  columns: Object.keys(Column.shape),
  table: Object.keys(Table.shape),
  glossary: Object.keys(Term.shape),
  questions: Object.keys(Question.shape),
  handouts: Object.keys(Handouts.shape),
  course: Object.keys(CourseSchema.shape),
};
