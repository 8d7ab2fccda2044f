/** speaker-notes.pdf: for the teacher, each slide with its speaker notes beside it. */
import { slideHandout } from '../handout-kind.js';
import { speakerNotesView } from './view.js';

export const speakerNotes = slideHandout({
  name: 'speaker-notes',
  template: 'speaker-notes',
  indexLabel: 'indexSpeakerNotes',
  view: speakerNotesView,
  whenEmpty: 'no slide has speaker notes',
});
