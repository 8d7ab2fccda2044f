/**
 * What a lecture says of every PDF made from it (see finish-pdf.ts): its language, author,
 * course and key terms. The title is each PDF's own (the handout's name and the lecture's
 * title), given by the page's <title>.
 */
import type { Lecture } from '../../load/lecture.js';
import { LECTERN_VERSION } from '../../version.js';
import { platformPlain } from '../platform-text.js';
import type { PdfFacts } from './finish-pdf.js';

export function pdfFacts(lecture: Lecture, title?: string): PdfFacts {
  const keywords = [...new Set(lecture.glossary.map((g) => platformPlain(g.term)).filter(Boolean))];
  return {
    ...(title !== undefined && { title }),
    language: lecture.language,
    // Plain text, as a screen reader says it: no Markdown marks, maths as readable text.
    ...(lecture.author && { author: platformPlain(lecture.author) }),
    ...(lecture.course && { subject: platformPlain(lecture.course) }),
    ...(keywords.length > 0 && { keywords }),
    creatorTool: `Lectern ${LECTERN_VERSION}`,
  };
}

/**
 * The facts as text, for an output's source fingerprint: a PDF is made again when they
 * change, though its page (which may not show the author or the key terms) does not.
 */
export const factsSource = (facts: PdfFacts): string => `\n<!-- pdf: ${JSON.stringify(facts)} -->`;

/** deck.pdf's facts: its title is the lecture's, as each handout's page title says it (maths as readable text). */
export const deckPdfFacts = (lecture: Lecture): PdfFacts => pdfFacts(lecture, platformPlain(lecture.title));
