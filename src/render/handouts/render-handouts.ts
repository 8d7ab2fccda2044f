/** render: Lecture → the HTML of each handout asked for, or a notice of why it was skipped. */
import { flashcardsView } from './flashcards.js';
import type { HandoutName, HandoutTemplates } from './handout-templates.js';
import { quizView } from './quiz.js';
import { revisionSheetView } from './revision-sheet.js';
import { notesHandoutView, speakerNotesView, type SlideHandoutInputs } from './slide-handouts.js';
import { worksheetView } from './worksheet.js';

export interface RenderedHandout {
  name: HandoutName;
  html: string;
}

export interface HandoutResult {
  handouts: RenderedHandout[];
  /** The handouts not made, by file name, with the reason. */
  skipped: { name: string; reason: string }[];
}

/** Each handout's view, or the reason it would be empty. */
function view(name: HandoutName, inputs: SlideHandoutInputs): object | string {
  const { lecture } = inputs;
  switch (name) {
    case 'notes-handout':
      return notesHandoutView(inputs);
    case 'speaker-notes':
      return speakerNotesView(inputs);
    case 'revision-sheet':
      return revisionSheetView(inputs);
    case 'worksheet':
    case 'worksheet-answers': {
      const v = worksheetView(inputs, name === 'worksheet-answers');
      return v.empty ? 'the lecture has no [[key terms]] and no short-answer questions' : v;
    }
    case 'quiz':
    case 'quiz-answers':
      return lecture.questions.length === 0 ? 'the lecture has no questions' : quizView(inputs, name === 'quiz-answers');
    case 'flashcards': {
      const v = flashcardsView(inputs);
      return v.empty ? 'the lecture has no glossary' : v;
    }
  }
}

export function renderHandouts(names: readonly HandoutName[], inputs: SlideHandoutInputs, templates: HandoutTemplates): HandoutResult {
  const result: HandoutResult = { handouts: [], skipped: [] };
  for (const name of names) {
    const v = view(name, inputs);
    if (typeof v === 'string') result.skipped.push({ name: `${name}.pdf`, reason: v });
    else result.handouts.push({ name, html: templates.render(name, v) });
  }
  return result;
}
