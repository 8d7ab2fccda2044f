/** worksheet-answers.pdf: the worksheet with every blank and answer filled in and marked. */
import { lectureHandout } from '../handout-kind.js';
import { WORKSHEET_EMPTY } from '../worksheet/index.js';
import { worksheetView } from '../worksheet/view.js';

export const worksheetAnswers = lectureHandout({
  name: 'worksheet-answers',
  template: 'worksheet',
  indexLabel: 'indexWorksheetAnswers',
  // Made of the same sentences as the students' version, which tells what it left out.
  view: (inputs) => ({ ...worksheetView(inputs, true), notices: [] }),
  whenEmpty: WORKSHEET_EMPTY,
});
