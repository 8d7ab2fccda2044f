/** worksheet.pdf: fill in the blanks from every [[key term]], then short answers; never an answer shown. */
import { lectureHandout } from '../handout-kind.js';
import { worksheetView } from './view.js';

export const WORKSHEET_EMPTY = 'the lecture has no [[key terms]] and no short-answer questions';

export const worksheet = lectureHandout({ name: 'worksheet', template: 'worksheet', indexLabel: 'indexWorksheet', view: (inputs) => worksheetView(inputs, false), whenEmpty: WORKSHEET_EMPTY });
