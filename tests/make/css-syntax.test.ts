/**
 * A slip in a theme's CSS (a "{" never closed, a "}" too many, a comment never closed) is a
 * mistake at its line in the theme's file, from validate and from build alike — it was
 * "Lectern failed unexpectedly: <css input>:1:1: Unclosed block", naming no file. Lectern's
 * own themes have none.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cssSyntaxSlip } from '../../src/make/css-syntax.js';
import { runLectern } from '../helpers/run-main.js';

const lecture = (theme: string) => `title: T\ntheme: ${theme}\nsections:\n  - title: S\n    slides:\n      - title: A\n        notes: n\n        bullets: [x]\n`;

function teacherTheme(css: string, importing = false) {
  const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-css-slip-'));
  mkdirSync(path.join(work, 'templates', 'themes'), { recursive: true });
  writeFileSync(path.join(work, 'templates', 'themes', 'mine.css'), css);
  if (importing) writeFileSync(path.join(work, 'templates', 'themes', 'outer.css'), "/* @theme outer */\n@import 'mine';\n");
  writeFileSync(path.join(work, 'cells.yaml'), lecture(importing ? 'outer' : 'mine'));
  return { work, templates: path.join(work, 'templates'), css: path.join(work, 'templates', 'themes', 'mine.css'), file: path.join(work, 'cells.yaml') };
}

describe("a slip in a theme's CSS", () => {
  it('is told by validate at its line in the theme file, with what to type', async () => {
    const t = teacherTheme('/* @theme mine */\nsection {\n  color: navy;\n\nh1 { color: teal; }\n');
    const run = await runLectern(['validate', t.file, '-t', t.templates]);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`${t.css}:2:9  the theme's CSS: this "{" is never closed\n  hint: add "}" where its rules end\n`);
    expect(run.err).toContain('> 2 | section {');
  });

  it('stops the build with the same message, not "failed unexpectedly"', async () => {
    const t = teacherTheme('/* @theme mine */\nsection { color: navy; }\n}\n');
    const run = await runLectern(['build', t.file, '-t', t.templates, '--only', 'deck-md', '-o', path.join(t.work, 'out')]);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`${t.css}:3:1  the theme's CSS: this "}" closes nothing`);
    expect(run.err).not.toContain('unexpectedly');
  });

  it('in a theme another imports is told in the imported file', async () => {
    const t = teacherTheme('/* @theme mine\nsection { color: navy; }\n', true);
    const run = await runLectern(['validate', t.file, '-t', t.templates]);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`${t.css}:1:1  the theme's CSS: this comment "/*" is never closed`);
  });

  it("is not found in Lectern's own themes, nor in quotes and comments", () => {
    const dir = path.join(__dirname, '..', '..', 'templates', 'themes');
    for (const theme of readdirSync(dir)) expect(cssSyntaxSlip(readFileSync(path.join(dir, theme), 'utf8'))).toBeUndefined();
    expect(cssSyntaxSlip('a::after { content: "}"; } /* { */ b { c: \'{\' }')).toBeUndefined();
  });
});
