/**
 * GIFT read back the way Moodle's own importer reads it (question/format/gift/format.php,
 * readquestion), for the parts the tests need: comment lines dropped, escapes swapped for
 * placeholders first (escapedchar_pre, "\\" becoming one backslash), the $CATEGORY: line,
 * the question's type chosen from its answer section by Moodle's order of rules (a `~` makes
 * multiple choice, a `=` with a `->` matching, T/F/TRUE/FALSE true/false, else short
 * answer), and the short answers' texts. gift-pegjs, the other reader the tests use, has its
 * own grammar: where the two differ, Moodle is the one the teacher imports into.
 */
const ESCAPES: [string, string][] = [
  ['\\:', '&&058;'],
  ['\\#', '&&035;'],
  ['\\=', '&&061;'],
  ['\\{', '&&123;'],
  ['\\}', '&&125;'],
  ['\\~', '&&126;'],
];

function escapedcharPre(text: string): string {
  let s = text.replaceAll('\\\\', '&&092;');
  for (const [escaped, placeholder] of ESCAPES) s = s.replaceAll(escaped, placeholder);
  return s.replaceAll('&&092;', '\\');
}

function escapedcharPost(text: string): string {
  let s = text;
  for (const [escaped, placeholder] of ESCAPES) s = s.replaceAll(placeholder, escaped[1]!);
  return s;
}

export type MoodleGiftQuestion =
  | { qtype: 'category'; category: string }
  | { qtype: 'multichoice'; answers: { text: string; right: boolean }[]; generalfeedback: string }
  | { qtype: 'match' | 'truefalse' | 'numerical' | 'essay' | 'description' }
  | { qtype: 'shortanswer'; answers: string[] };

const WEIGHT = /^%-*([0-9]{1,2})\.?([0-9]*)%/;
const FORMATS = ['moodle', 'html', 'plain', 'markdown'];

/** parse_text_with_format: a text starting "[html]" (or moodle, plain, markdown) says its format, which is not part of it. */
function textOf(text: string): string {
  const named = text.startsWith('[') ? text.slice(1, text.indexOf(']')) : undefined;
  const rest = named !== undefined && FORMATS.includes(named) ? text.slice(named.length + 2) : text;
  return escapedcharPost(rest).trim();
}

/** One block of a GIFT file (the lines between blank lines), as Moodle reads it. */
export function moodleReadGiftBlock(block: string): MoodleGiftQuestion | undefined {
  const lines = block.split('\n').map((line) => (line.trim().startsWith('//') ? ' ' : line));
  let text = lines.join('\n').trim();
  if (text === '') return undefined;
  text = escapedcharPre(text);
  if (text.startsWith('$CATEGORY:')) return { qtype: 'category', category: text.slice(10).trim() };
  if (text.startsWith('::')) {
    const end = text.indexOf('::', 2);
    if (end >= 0) text = text.slice(end + 2).trim();
  }
  const start = text.indexOf('{');
  const finish = text.indexOf('}');
  if (start < 0 && finish < 0) return { qtype: 'description' };
  let answertext = text.slice(start + 1, finish).trim();
  const gf = answertext.lastIndexOf('####');
  const generalfeedback = gf >= 0 ? textOf(answertext.slice(gf + 4)) : '';
  if (gf >= 0) answertext = answertext.slice(0, gf).trim();
  if (answertext === '') return { qtype: 'essay' };
  if (answertext.startsWith('#')) return { qtype: 'numerical' };
  if (answertext.includes('~')) {
    const answers = answertext
      .replaceAll('=', '~=')
      .split('~')
      .map((a) => a.trim())
      .filter((a, i) => i > 0 || a !== '')
      .map((a) => ({ right: a.startsWith('='), text: textOf((a.startsWith('=') ? a.slice(1) : a).split('#')[0]!.trim()) }));
    return { qtype: 'multichoice', answers, generalfeedback };
  }
  if (answertext.includes('=') && answertext.includes('->')) return { qtype: 'match' };
  const tf = answertext.indexOf('#') > 0 ? answertext.slice(0, answertext.indexOf('#')).trim() : answertext;
  if (['T', 'TRUE', 'F', 'FALSE'].includes(tf)) return { qtype: 'truefalse' };
  const answers = answertext
    .split('=')
    .map((a) => a.trim())
    .filter((a, i) => i > 0 || a !== '')
    .map((a) => escapedcharPost(a.replace(WEIGHT, '').split('#')[0]!.trim()));
  return { qtype: 'shortanswer', answers };
}

/** A whole GIFT file, block by block, as Moodle reads it. */
export function moodleReadGift(file: string): MoodleGiftQuestion[] {
  return file
    .split(/\n\s*\n/)
    .map(moodleReadGiftBlock)
    .filter((q): q is MoodleGiftQuestion => q !== undefined);
}
