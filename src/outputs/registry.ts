/**
 * Every output Lectern can make, in the order they are listed and built. Adding an output
 * is a folder under src/outputs/ and one line here (see the README's "How to add an output").
 */
import { deckHtml } from './deck-html/index.js';
import { deckMd } from './deck-md/index.js';
import { deckPdf } from './deck-pdf/index.js';
import { deckPictures } from './deck-pictures/index.js';
import { deckPptx } from './deck-pptx/index.js';
import { flashcardsAnki } from './flashcards-anki/index.js';
import { flashcards } from './flashcards/index.js';
import { flashcardsTsvExport } from './flashcards-tsv/index.js';
import { notesHandout } from './notes-handout/index.js';
import type { OutputKind } from './output-kind.js';
import { quizAnswers } from './quiz-answers/index.js';
import { quizGift } from './quiz-gift/index.js';
import { quizKahoot } from './quiz-kahoot/index.js';
import { quizMoodle } from './quiz-moodle/index.js';
import { quizQti } from './quiz-qti/index.js';
import { quiz } from './quiz/index.js';
import { revisionSheet } from './revision-sheet/index.js';
import { speakerNotes } from './speaker-notes/index.js';
import { worksheetAnswers } from './worksheet-answers/index.js';
import { worksheet } from './worksheet/index.js';

export const OUTPUTS: readonly OutputKind[] = [
  deckMd,
  deckHtml,
  deckPdf,
  deckPptx,
  deckPictures,
  notesHandout,
  speakerNotes,
  revisionSheet,
  worksheet,
  worksheetAnswers,
  quiz,
  quizAnswers,
  flashcards,
  quizGift,
  quizMoodle,
  quizQti,
  quizKahoot,
  flashcardsAnki,
  flashcardsTsvExport,
];

/** Names that select several outputs at once (an opt-in output only by its own name). */
export const OUTPUT_GROUPS: Readonly<Record<string, readonly string[]>> = {
  deck: OUTPUTS.filter((o) => o.group === 'deck' && !o.optIn).map((o) => o.name),
  exports: OUTPUTS.filter((o) => o.group === 'exports' && !o.optIn).map((o) => o.name),
};

/** What `--only` and a course's `outputs:` accept: a group, or an output's name. */
export const OUTPUT_CHOICES = [...Object.keys(OUTPUT_GROUPS), ...OUTPUTS.map((o) => o.name)] as [string, ...string[]];

/** The outputs that a list of choices names, in the registry's order. */
export function outputsNamed(choices: readonly string[]): OutputKind[] {
  const names = new Set(choices.flatMap((c) => OUTPUT_GROUPS[c] ?? [c]));
  return OUTPUTS.filter((o) => names.has(o.name));
}

/** The output a choice names by its file ("deck.pdf", "quiz.pdf"), if any. */
export const outputOfFile = (file: string): OutputKind | undefined => OUTPUTS.find((o) => o.file === file);
