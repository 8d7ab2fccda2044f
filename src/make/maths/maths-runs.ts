/**
 * Maths in PowerPoint as editable text: KaTeX's MathML (the same typesetter as the slides)
 * read into runs of text, with superscripts and subscripts as PowerPoint's own, fractions
 * as a/b, roots as √(…). A teacher can edit it as text; it never shows raw TeX. (PowerPoint's
 * equation objects, OMML, would need a MathML-to-OMML converter that no maintained npm
 * package offers; the README says so.)
 */
import { katex, KATEX_OPTIONS } from './katex.js';

export interface MathsRun {
  text: string;
  script?: 'sup' | 'sub';
  italic?: boolean;
}

interface Node {
  tag: string;
  attrs: string;
  children: (Node | string)[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, name: string) =>
    name.startsWith('#x') || name.startsWith('#X') ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name] ?? all),
  );

/** KaTeX's MathML, read into a tree (it is well-formed XML with no comments or CDATA). */
function parse(xml: string): Node {
  const root: Node = { tag: '', attrs: '', children: [] };
  const stack = [root];
  for (const m of xml.matchAll(/<(\/?)([\w:-]+)([^>]*?)(\/?)>|([^<]+)/g)) {
    const top = stack.at(-1)!;
    if (m[5] !== undefined) top.children.push(decode(m[5]));
    else if (m[1]) stack.length > 1 && stack.pop();
    else {
      const node: Node = { tag: m[2]!, attrs: m[3] ?? '', children: [] };
      top.children.push(node);
      if (!m[4]) stack.push(node);
    }
  }
  return root;
}

const textOf = (node: Node | string): string => (typeof node === 'string' ? node : node.children.map(textOf).join(''));
const elements = (node: Node) => node.children.filter((c): c is Node => typeof c !== 'string');

// Relations and binary operators (a minus sign too; a sign at the start of a group stays close).
const SPACED = /^[=<>≤≥≈≠≡∼≃≅∝≪≫→←↔⇒⇐⇔+−±×÷·∈∉⊂⊆∪∩]$/u;

// A sign that may stand before what it signs ("−1"), and what it then follows: an operator or an opening bracket.
const SIGN = /^[+−±∓]$/u;
const OPENS = /^[=<>≤≥≈≠≡∼≃≅∝≪≫→←↔⇒⇐⇔+−±∓×÷·∈∉⊂⊆∪∩([{⟨]$/u;
/** Whether the child at i is a sign that opens its group or follows an operator: "x = −1", "(−y)", not "a − b". */
const isUnary = (kids: Node[], i: number) =>
  kids[i]!.tag === 'mo' && SIGN.test(textOf(kids[i]!)) && (i === 0 || (kids[i - 1]!.tag === 'mo' && OPENS.test(textOf(kids[i - 1]!))));

/** A base with its script: a function name's space ("sin x") goes after the script, "sin² x", not "sin ²x". */
function scripted(base: MathsRun[], scripts: MathsRun[]): MathsRun[] {
  const last = base.at(-1);
  if (!last || !last.text.endsWith(' ')) return [...base, ...scripts];
  return [...base.slice(0, -1), { ...last, text: last.text.trimEnd() }, ...scripts, { text: ' ' }];
}

/** Runs for a piece of maths; a group of several symbols is bracketed where a slash would be ambiguous. */
function runsOf(node: Node | string, script?: 'sup' | 'sub', alone = true, unary = false): MathsRun[] {
  if (typeof node === 'string') return node.trim() === '' ? [] : [{ text: node, ...(script && { script }) }];
  const kids = elements(node).filter((k) => k.tag !== 'annotation');
  const at = (i: number, s = script) => (kids[i] ? runsOf(kids[i]!, s) : []);
  const grouped = (i: number) => {
    const runs = at(i);
    return runs.map((r) => r.text).join('').length > 1 ? [{ text: '(' }, ...runs, { text: ')' }] : runs;
  };
  const plain = (text: string): MathsRun => ({ text, ...(script && { script }) });
  switch (node.tag) {
    case 'annotation':
      return [];
    case 'mi': {
      // A single-letter identifier is a variable, set in italics as on the slide.
      const text = textOf(node);
      const italic = [...text].length === 1 && !/mathvariant="normal"/.test(node.attrs) && /\p{L}/u.test(text);
      return [{ ...plain(text), ...(italic && { italic }) }];
    }
    case 'mo': {
      // Relations and operators get the space TeX gives them, as text: "E = mc²", not "E=mc²";
      // a function's name is followed by a space ("sin x"), which MathML marks with U+2061.
      const text = textOf(node).replace(/\u2061/g, ' ');
      return [plain(!script && !unary && SPACED.test(text) ? ` ${text} ` : text)];
    }
    case 'mn':
    case 'mtext':
      return [plain(textOf(node).replace(/\u2061/g, ''))];
    case 'mspace':
      return [plain(' ')];
    case 'msup':
      return scripted(at(0), at(1, 'sup'));
    case 'msub':
      return scripted(at(0), at(1, 'sub'));
    case 'msubsup':
      return scripted(at(0), [...at(1, 'sub'), ...at(2, 'sup')]);
    case 'mfrac': {
      // \binom is a fraction without its bar, in brackets of its own: "(n k)"; a fraction among other terms is
      // bracketed whole, so that "(1/2)mv²" does not read as 1/(2mv²).
      if (/linethickness="0(px|em)?"/.test(node.attrs)) return [...at(0), plain(' '), ...at(1)];
      const fraction = [...grouped(0), plain('/'), ...grouped(1)];
      return alone ? fraction : [plain('('), ...fraction, plain(')')];
    }
    case 'mphantom':
      // Space kept for alignment: nothing to read.
      return [];
    case 'mtr':
      // A matrix or a case split: cells apart, rows apart.
      return kids.flatMap((k, i) => [...(i > 0 ? [plain('  ')] : []), ...runsOf(k, script)]);
    case 'mtable':
      return kids.flatMap((k, i) => [...(i > 0 ? [plain('; ')] : []), ...runsOf(k, script)]);
    case 'msqrt':
      return [plain('√('), ...kids.flatMap((k) => runsOf(k, script)), plain(')')];
    case 'mroot':
      return [...at(1, 'sup'), plain('√('), ...at(0), plain(')')];
    case 'mover':
    case 'munder':
    case 'munderover':
      // Limits and accents follow their base: Σ_{i=1}^{n}, lim_{x→0}.
      return [...at(0), ...at(1, node.tag === 'mover' ? 'sup' : 'sub'), ...at(2, 'sup')];
    default:
      return kids.flatMap((k, i) => runsOf(k, script, kids.length === 1 && alone, isUnary(kids, i)));
  }
}

/** Runs of text for TeX, with neighbouring runs of one style joined. */
export function mathsRuns(tex: string): MathsRun[] {
  const mathml = katex().renderToString(tex, { ...KATEX_OPTIONS, output: 'mathml' });
  const runs = runsOf(parse(mathml));
  const joined: MathsRun[] = [];
  for (const run of runs) {
    const last = joined.at(-1);
    if (last && last.script === run.script && last.italic === run.italic) last.text += run.text;
    else joined.push({ ...run });
  }
  return joined;
}
