/**
 * Speaker notes for PowerPoint's notes pane, one paragraph of the pane per paragraph of the
 * notes. Notes are typed as YAML block text: lines wrapped by hand belong to one paragraph
 * (as in Markdown), a blank line starts the next, and a code block keeps its lines as typed.
 * They come from Marp's notes (marpNotes): plain text, maths as its TeX, with zero-width
 * spaces that only Marp needs.
 */
const FENCE = /^\s*(`{3,}|~{3,})/;

export function notesParagraphs(notes: string): string[] {
  const paragraphs: string[] = [];
  let prose: string[] = [];
  let fence: string | undefined;
  const flush = () => {
    if (prose.length > 0) paragraphs.push(prose.join(' '));
    prose = [];
  };
  for (const raw of notes.replace(/\u200B/g, '').split(/\r?\n/)) {
    const marker = FENCE.exec(raw)?.[1];
    if (fence !== undefined) {
      paragraphs.push(raw);
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
    } else if (marker) {
      flush();
      fence = marker;
      paragraphs.push(raw);
    } else if (raw.trim() === '') flush();
    else prose.push(raw.trim());
  }
  flush();
  return paragraphs;
}
