/** Code blocks as Marp Markdown (issue 13): a real fence no line of code can close, code as typed. */
import { Marp } from '@marp-team/marp-core';
import { describe, expect, it } from 'vitest';
import { marpCode } from '../../../src/make/deck/marp-code.js';
import { marpNotes } from '../../../src/make/deck/marp-text.js';

const render = (markdown: string) => new Marp({ html: false, math: false, script: false, inlineSVG: false }).render(markdown);

describe('a code block on a slide', () => {
  it('is a fence longer than any run of backticks in the code, indented into its list item', () => {
    const code = { language: '', source: 'Write ```js\nthen ````\n\n<b>&amp; $x$ [[t]]' };
    const md = `- Look:\n${marpCode(code)}\n- next`;
    expect(md).toBe('- Look:\n  `````\n  Write ```js\n  then ````\n  \n  <b>&amp; $x$ [[t]]\n  `````\n- next');
    const { html } = render(md);
    // One list of two items, the code whole and escaped inside the first.
    expect(html).toContain('<li>Look:<pre><code>Write ```js\nthen ````\n\n&lt;b&gt;&amp;amp; $x$ [[t]]\n</code></pre>\n</li>\n<li>next</li>');
  });
});

describe('code in speaker notes', () => {
  it('keeps its [[ ]] and its --> as typed, and cannot close the notes comment', () => {
    const notes = marpNotes('Say [[this]] -->\n```c\nwhile (x-->0) a[[i]];\n```');
    expect(notes.replace(/\u200B/g, '')).toBe('Say this ->\n```c\nwhile (x-->0) a[[i]];\n```');
    expect(notes).not.toContain('-->');
    const { comments } = render(`# Slide\n\n<!--\n${notes}\n-->`);
    expect(comments[0]![0]!.replace(/\u200B/g, '')).toContain('while (x-->0) a[[i]];');
  });
});
