/** worksheet.pdf: fill in the blanks from every [[key term]], then short answers; never an answer shown. */
import type { HandoutInputs } from '../../make/handouts/page-view.js';
import { lectureHandout } from '../handout-kind.js';
import { worksheetView } from './view.js';

/** The worksheet, or its answers version: skipped when the lecture gives it nothing to ask. */
export function worksheetOrSkip(inputs: HandoutInputs, withAnswers: boolean): object | { skip: string } {
  const view = worksheetView(inputs, withAnswers);
  if (view.empty) return { skip: 'the lecture has no [[key terms]] and no short-answer questions' };
  // The students' version tells what it left out; the answers version is made of the same sentences.
  return withAnswers ? { ...view, notices: [] } : view;
}

export const worksheet = lectureHandout({ name: 'worksheet', template: 'worksheet', indexLabel: 'indexWorksheet', view: (inputs) => worksheetOrSkip(inputs, false) });
