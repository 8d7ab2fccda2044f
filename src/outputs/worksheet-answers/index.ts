/** worksheet-answers.pdf: the worksheet with every blank and answer filled in and marked. */
import { lectureHandout } from '../handout-kind.js';
import { worksheetOrSkip } from '../worksheet/index.js';

export const worksheetAnswers = lectureHandout({ name: 'worksheet-answers', template: 'worksheet', indexLabel: 'indexWorksheetAnswers', view: (inputs) => worksheetOrSkip(inputs, true) });
