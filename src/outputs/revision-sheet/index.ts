/** revision-sheet.pdf: key points, facts, timeline, glossary and takeaways, in two dense columns. */
import { lectureHandout } from '../handout-kind.js';
import { revisionSheetView } from './view.js';

export const revisionSheet = lectureHandout({ name: 'revision-sheet', template: 'revision-sheet', indexLabel: 'indexRevisionSheet', view: revisionSheetView });
