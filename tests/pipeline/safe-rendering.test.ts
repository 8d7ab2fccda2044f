/**
 * Content is text. HTML and script in any field show as typed, never run, in deck.html
 * and every PDF; nothing is fetched from the network, neither while building nor when
 * deck.html is opened.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../helpers/pdf.js';
import { runLectern } from '../helpers/run-main.js';
import { sharedBrowser } from '../helpers/browser.js';

const requests: string[] = [];
let server: Server;
let work: string;
let run: Awaited<ReturnType<typeof runLectern>>;
const browser = sharedBrowser();

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.end('');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  work = mkdtempSync(path.join(os.tmpdir(), 'lectern-hostile-'));
  const source = readFileSync(path.join(__dirname, '../fixtures/hostile/hostile.yaml'), 'utf8').replaceAll('HOST', host);
  writeFileSync(path.join(work, 'hostile.yaml'), source);
  run = await runLectern(['build', path.join(work, 'hostile.yaml'), '--out', path.join(work, 'out')]);
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('hostile content', () => {
  it('builds, showing every piece of HTML as the text it is, and fetches nothing', async () => {
    expect(run.code, run.err).toBe(0);
    expect(run.err).not.toMatch(/✗|error/i);
    const deck = await readPdf(path.join(work, 'out', 'hostile', 'deck.pdf'));
    expect(deck.text).toContain("<script>window.__pwned = 'bullet'</script>");
    expect(deck.text).toContain(`<img src=x onerror="window.__pwned = 'img'">`);
    expect(deck.text).toContain('~~~ a code fence that would swallow the deck');
    expect(deck.text).toContain('--- a line that would start a new slide');
    expect(deck.text.replace(/\s+/g, '')).toContain("<!--_backgroundImage:url('http://");
    for (const name of ['quiz', 'quiz-answers', 'revision-sheet', 'flashcards', 'worksheet-answers']) {
      const pdf = await readPdf(path.join(work, 'out', 'hostile', `${name}.pdf`));
      expect(pdf.text, name).toMatch(/<(script|img)/);
    }
    expect(requests).toEqual([]);
  });

  it('keeps speaker notes as notes, never as Marp directives', () => {
    const markdown = readFileSync(path.join(work, 'out', 'hostile', 'deck.md'), 'utf8');
    expect(markdown).toMatch(/<!--\n\u200Bstyle: 'section/);
    const html = readFileSync(path.join(work, 'out', 'hostile', 'deck.html'), 'utf8');
    const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
    expect(styles).not.toContain('notes-style.png');
    expect(styles).not.toContain('notes-bg.png');
    expect(html).not.toMatch(/data-background-image|<header>/);
    // The note is still there, as a note, for presenter view.
    expect(html).toMatch(/class="bespoke-marp-note"[^>]*><p>\u200Bstyle: 'section \{ background: url\(http/);
  });

  it('runs no script in deck.html and fetches nothing when it is opened, presenter view included', async () => {
    const url = pathToFileURL(path.join(work, 'out', 'hostile', 'deck.html')).href;
    await browser.withPage(async (page) => {
      const dialogs: string[] = [];
      page.on('dialog', (d) => void dialogs.push(d.message()));
      for (const view of ['', '?view=presenter']) {
        await page.goto(`${url}${view}`, { waitUntil: 'networkidle0' });
        for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
        expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
      }
      expect(dialogs).toEqual([]);
      const text = await page.evaluate(() => document.body.textContent ?? '');
      expect(text).toContain("<script>window.__pwned = 'title'</script>");
    });
    expect(requests).toEqual([]);
  });
});
