/**
 * The worksheet: fill in the blanks, made from every sentence that holds a [[key term]],
 * then the short-answer questions with ruled space. The student version never gives an
 * answer away: every key term and every short answer is blanked wherever it appears.
 * The answers version fills each blank, visibly marked.
 */
import type { Bullet, Lecture } from '../../load/lecture.js';
import { KEY_TERM } from '../../load/key-terms.js';
import { blankMark, escapeHtml, htmlInline, htmlWithBlanks, plainText } from '../../make/handouts/html-text.js';
import { pageView, type HandoutInputs } from '../../make/handouts/page-view.js';


function bulletTexts(bullets: Bullet[]): string[] {
  return bullets.flatMap((b) => [b.text, ...bulletTexts(b.children)]);
}

/** Every text of the lecture that could become a fill-in-the-blank sentence, in order. */
function lectureTexts(lecture: Lecture): string[] {
  return [
    ...lecture.sections.flatMap((section) =>
      section.slides.flatMap((s) => [
        ...bulletTexts(s.bullets ?? []),
        ...(s.columns ?? []).flatMap((c) => bulletTexts(c.bullets)),
        ...(s.facts ?? []).map((f) => `${f.value} — ${f.label}`),
        ...(s.events ?? []).map((e) => `${e.when}: ${e.what}`),
        ...(s.quote ? [s.quote] : []),
      ]),
    ),
    ...lecture.takeaways,
  ];
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const escapeWord = (word: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegex(word)}(?![\\p{L}\\p{N}])`, 'iu');

/**
 * The words a student must supply: the key terms and the short answers. A key term that
 * the worksheet must print anyway (in its heading or in a question) cannot be a blank, or
 * the page would give it away; sentences keep it as plain text.
 */
export function worksheetSecrets(lecture: Lecture): { terms: string[]; shortAnswers: string[] } {
  const shortQuestions = lecture.questions.filter((q) => q.kind === 'short');
  const printedAnyway = [lecture.title, lecture.course ?? '', lecture.footer ?? '', ...shortQuestions.map((q) => plainText(q.question))].join('\n');
  const terms = new Map<string, string>();
  for (const text of lectureTexts(lecture))
    for (const m of text.matchAll(KEY_TERM)) if (!escapeWord(m[1]!).test(printedAnyway)) terms.set(m[1]!.toLowerCase(), m[1]!);
  return { terms: [...terms.values()], shortAnswers: shortQuestions.map((q) => plainText(q.answer).trim()).filter(Boolean) };
}

/**
 * Turns a sentence into text with blank marks: its [[key terms]], and any other
 * occurrence of a secret, become blanks whose answers are pushed onto `answers`.
 */
function blankOut(text: string, secrets: string[], answers: string[]): string {
  secrets = secrets.filter((secret) => secret.trim() !== '');
  const pattern = secrets.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(${[...secrets].sort((a, b) => b.length - a.length).map(escapeRegex).join('|')})(?![\\p{L}\\p{N}])`, 'giu')
    : undefined;
  const blank = (answer: string) => blankMark(answers.push(answer) - 1);
  const hide = (part: string) => (pattern ? part.replace(pattern, (m) => blank(m)) : part);
  const isSecret = new Set(secrets.map((s) => s.toLowerCase()));
  return text
    .split(KEY_TERM)
    .map((part, i) => (i % 2 === 0 ? hide(part) : isSecret.has(part.toLowerCase()) ? blank(part) : hide(part)))
    .join('');
}

export function worksheetView(inputs: HandoutInputs, withAnswers: boolean) {
  const { lecture } = inputs;
  const { terms, shortAnswers } = worksheetSecrets(lecture);
  const secrets = [...terms, ...shortAnswers];
  const renderBlank = (answers: string[]) => (i: number) => {
    const answer = plainText(answers[i]!);
    return withAnswers
      ? `<span class="blank filled">${escapeHtml(answer)}</span>`
      : `<span class="blank" style="width: ${Math.max(6, Math.round(answer.length * 0.9) + 3)}ch"></span>`;
  };

  const termSet = new Set(terms.map((t) => t.toLowerCase()));
  const blanks = lectureTexts(lecture)
    .filter((text) => [...text.matchAll(KEY_TERM)].some((m) => termSet.has(m[1]!.toLowerCase())))
    .map((text, i) => {
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
        ...(withAnswers && { answer: htmlInline(q.answer), explain: q.explain ? htmlInline(q.explain) : undefined }),
      };
    });

  return {
    ...pageView(inputs, withAnswers ? inputs.labels.worksheetAnswers : inputs.labels.worksheet),
    answers: withAnswers,
    blanks,
    wordBank: lecture.handouts.wordBank ? [...terms].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })).map(escapeHtml) : undefined,
    questions,
    rules: [0, 1, 2],
    empty: blanks.length === 0 && questions.length === 0,
  };
}
