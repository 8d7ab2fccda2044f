/**
 * The slips a teacher makes editing a theme's CSS that stop Marp reading it at all: a "{"
 * never closed, a "}" too many, a comment or a quote never closed. Found here, at their
 * line in the theme's own file, rather than by Marp's parser deep in a build, which said
 * "Lectern failed unexpectedly: <css input>:1:1: Unclosed block" and named no file.
 */

export interface CssSlip {
  line: number;
  column: number;
  message: string;
  hint: string;
}

export function cssSyntaxSlip(css: string): CssSlip | undefined {
  const opens: number[] = [];
  const at = (offset: number) => {
    const before = css.slice(0, offset).split('\n');
    return { line: before.length, column: before.at(-1)!.length + 1 };
  };
  for (let i = 0; i < css.length; i++) {
    const c = css[i]!;
    if (c === '\\') {
      i++;
    } else if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      if (end < 0) return { ...at(i), message: 'this comment "/*" is never closed, so the rest of the theme is read as a comment', hint: 'end the comment with */' };
      i = end + 1;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < css.length && css[j] !== c && css[j] !== '\n') j += css[j] === '\\' ? 2 : 1;
      if (css[j] !== c) return { ...at(i), message: `this quote (${c}) is never closed on its line`, hint: `add ${c} at the end of the text` };
      i = j;
    } else if (c === '{') {
      opens.push(i);
    } else if (c === '}') {
      if (opens.pop() === undefined) return { ...at(i), message: 'this "}" closes nothing: there is no "{" open before it', hint: 'delete it, or add the "{" it was meant to close' };
    }
  }
  const open = opens.pop();
  if (open !== undefined) return { ...at(open), message: 'this "{" is never closed', hint: 'add "}" where its rules end' };
  return undefined;
}
