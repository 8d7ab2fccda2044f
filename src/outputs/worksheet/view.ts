/**
 * The worksheet: fill in the blanks, made from every sentence that marks a [[key term]],
 * then the short-answer questions with ruled space. In the student version every key term
 * and every short answer is blanked wherever it appears in them. A sentence is left out
 * only for a reason the build states: it is on the worksheet already, or it is nothing but
 * its key term. A key term the page prints anyway (in the title, say) is said too.
 * The answers version fills each blank, visibly marked.
 */
import { replaceTerms, termMatches } from '../../make/key-term-marks.js';
import { escapeHtml, htmlInline, htmlWithBlanks, plainText } from '../../make/handouts/html-text.js';
import { pageView, withMarkFont, type HandoutInputs } from '../../make/handouts/page-view.js';
import { hasMaths } from '../../make/maths/find-maths.js';
import { shorten } from '../../make/shorten.js';
import { blankOut, lectureTexts, worksheetSecrets } from './sentences.js';
import { questionPicture } from '../question-picture.js';

export { worksheetSecrets } from './sentences.js';

const short = (text: string) => shorten(plainText(text).replace(/\s+/g, ' ').trim(), 50);

/** The sentences that become blanks, and those left out, with why. */
function sentences(texts: string[]): { kept: string[]; leftOut: string[] } {
  const seen = new Set<string>();
  const kept: string[] = [];
  const leftOut: string[] = [];
  for (const text of texts.filter((t) => termMatches(t).length > 0)) {
    const same = plainText(text).toLowerCase().replace(/\s+/g, ' ').trim();
    if (seen.has(same)) leftOut.push(`left out "${short(text)}": the same sentence is on the worksheet already`);
    else if (replaceTerms(text, () => '').replace(/[\s\p{P}]/gu, '') === '') leftOut.push(`left out "${short(text)}": it is its key term alone, with nothing around the blank`);
    else kept.push(text);
    seen.add(same);
  }
  return { kept, leftOut };
}

export function worksheetView(inputs: HandoutInputs, withAnswers: boolean) {
  const { lecture } = inputs;
  const { terms, shortAnswers, shown } = worksheetSecrets(lecture);
  const secrets = [...terms, ...shortAnswers];
  const renderBlank = (answers: string[]) => (i: number) => {
    const answer = plainText(answers[i]!);
    // An answer with maths is shown typeset, as it is in the lecture.
    return withAnswers
      ? `<span class="blank filled">${hasMaths(answers[i]!) ? htmlInline(answers[i]!) : escapeHtml(answer)}</span>`
      : `<span class="blank" style="width: ${Math.max(6, Math.round(answer.length * 0.9) + 3)}ch"></span>`;
  };

  const { kept, leftOut } = sentences(lectureTexts(lecture));
  const blanks = kept.map((text, i) => {
    const answers: string[] = [];
    const marked = blankOut(text, secrets, answers);
    return { number: i + 1, html: htmlWithBlanks(marked, renderBlank(answers)) };
  });

  const questions = lecture.questions
    .filter((q) => q.kind === 'short')
    .map((q, i) => {
      const answers: string[] = [];
      // A question may itself mention another question's answer; hide that too.
      const marked = blankOut(q.question, shortAnswers.filter((a) => a !== plainText(q.answer)), answers);
      return {
        number: i + 1,
        question: htmlWithBlanks(marked, renderBlank(answers)),
        // The question's picture too: "Name the sea the Nile flows into." may need its map.
        ...questionPicture(q),
        ...(withAnswers && { answer: htmlInline(q.answer), explain: q.explain ? htmlInline(q.explain) : undefined }),
      };
    });

  return {
    ...pageView(withAnswers ? withMarkFont(inputs) : inputs, withAnswers ? inputs.labels.worksheetAnswers : inputs.labels.worksheet),
    answers: withAnswers,
    blanks,
    wordBank: lecture.handouts.wordBank ? [...terms].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })).map((t) => (hasMaths(t) ? htmlInline(t) : escapeHtml(t))) : undefined,
    questions,
    rules: [0, 1, 2],
    empty: blanks.length === 0 && questions.length === 0,
    /** What the build tells the teacher: sentences left out, and key terms students can read elsewhere on the page. */
    notices: [...leftOut, ...shown.map((s) => `"${s.term}" is printed in ${s.where} too, where students can read it`)],
  };
}
