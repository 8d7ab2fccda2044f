/** notes-handout.pdf: the slides, N to a page, with ruled lines to take notes beside them. */
import { slideHandout } from '../handout-kind.js';
import { notesHandoutView } from './view.js';

export const notesHandout = slideHandout({ name: 'notes-handout', template: 'notes-handout', indexLabel: 'indexNotesHandout', view: notesHandoutView });
