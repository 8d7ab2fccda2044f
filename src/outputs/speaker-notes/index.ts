/** speaker-notes.pdf: for the teacher, each slide on a page of its own with its speaker notes. */
import { slideHandout } from '../handout-kind.js';
import { speakerNotesView } from './view.js';

export const speakerNotes = slideHandout({ name: 'speaker-notes', template: 'speaker-notes', indexLabel: 'indexSpeakerNotes', view: speakerNotesView });
