/**
 * deck.html: Marp CLI's "bespoke" HTML, which has the presenter view (press "p") with the
 * speaker notes. Marp CLI converts files, so it works in a private temporary folder; only
 * the writer puts the result into output/. No browser is involved.
 */
import { rmSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import PQueue from 'p-queue';
import { RenderError } from '../../errors.js';
import { onInterrupt } from '../../interrupt.js';
import { textDirection } from '../../language.js';
import { withoutMarpKatexFonts } from '../maths/maths-css.js';
import { withReaderMends, type BespokeLabels } from './bespoke-readers.js';
import { altFromTitle, MARP_OPTIONS, prepareMaths } from './marp-render.js';

// Marp CLI talks on the console, which convert() silences for the time it runs: two at once
// would restore each other's silence, so they take turns (it is work for Node's one thread anyway).
const oneAtATime = new PQueue({ concurrency: 1 });

export async function renderDeckHtml(markdown: string, themeCss: string, fontCss: string, language: string, controls: BespokeLabels): Promise<string> {
  const html = (await oneAtATime.add(() => render(markdown, themeCss, fontCss))) as string;
  // Marp sets <html lang> from the deck's lang directive; the direction text runs is ours to say.
  return withReaderMends(html.replace(/<html\b/, `<html dir="${textDirection(language)}"`), controls);
}

async function render(markdown: string, themeCss: string, fontCss: string): Promise<string> {
  const { marpCli } = await import('@marp-team/marp-cli');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-marp-'));
  const forget = onInterrupt(() => rmSync(dir, { recursive: true, force: true }));
  try {
    return await convert(marpCli, dir, markdown, themeCss, fontCss);
  } finally {
    forget();
    await rm(dir, { recursive: true, force: true });
  }
}

async function convert(
  marpCli: (argv: string[]) => Promise<number>,
  dir: string,
  markdown: string,
  themeCss: string,
  fontCss: string,
): Promise<string> {
  const input = path.join(dir, 'deck.md');
  const output = path.join(dir, 'deck.html');
  const config = path.join(dir, 'marp.config.json');
  await writeFile(input, markdown);
  await writeFile(path.join(dir, 'theme.css'), themeCss);
  await writeFile(
    config,
    JSON.stringify({
      html: MARP_OPTIONS.html,
      options: { math: MARP_OPTIONS.math, emoji: MARP_OPTIONS.emoji, markdown: MARP_OPTIONS.markdown },
      themeSet: [path.join(dir, 'theme.css')],
      template: 'bespoke',
      allowLocalFiles: false,
    }),
  );
  // Marp CLI reports progress on the console; the build prints its own, so keep it quiet.
  const saved = { log: console.log, info: console.info, warn: console.warn, error: console.error };
  const captured: string[] = [];
  const capture = (...args: unknown[]) => void captured.push(args.map(String).join(' '));
  Object.assign(console, { log: capture, info: capture, warn: capture, error: capture });
  try {
    // Marp CLI runs here, with the same Marp Core and KaTeX: register chemistry on it.
    prepareMaths(markdown);
    const code = await marpCli(['--config-file', config, '--output', output, input]);
    if (code !== 0) throw new RenderError(`Marp could not make deck.html:\n${captured.join('\n')}`);
    const html = await readFile(output, 'utf8');
    // Embed the font, as in the PDF, so the deck looks the same on every computer.
    return altFromTitle(withoutMarpKatexFonts(html)).replace('</head>', `<style>${fontCss}</style></head>`);
  } finally {
    Object.assign(console, saved);
  }
}
