/**
 * Watch mode as a teacher uses it: the outputs served on localhost, a save rebuilds the
 * lecture and reloads the page; a broken save shows its error on the page and keeps the
 * last good outputs; the next good save recovers.
 */
import { cpSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWatch, type Watcher } from '../../src/watch/watch.js';
import { EVENTS_PATH } from '../../src/watch/live-server.js';
import { readPdf } from '../helpers/pdf.js';
import { sharedBrowser } from '../helpers/browser.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-watch-'));
const content = path.join(work, 'content');
const out = path.join(work, 'output');
const lecture = path.join(content, 'physics', 'waves.yaml');
let watcher: Watcher;
let log = '';
const events: { event: string; data: string }[] = [];
let stream: AbortController;
const browser = sharedBrowser();

/** Listens to the page events as an open browser tab would. */
async function listen(url: string): Promise<void> {
  stream = new AbortController();
  const res = await fetch(new URL(EVENTS_PATH, url), { signal: stream.signal });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = block.match(/^event: (.+)$/m)?.[1];
          const data = block.match(/^data: (.+)$/m)?.[1];
          if (event) events.push({ event, data: data ?? '' });
        }
      }
    } catch {
      // The stream ends when the test closes it.
    }
  })();
}

async function next(event: string, since: number): Promise<{ event: string; data: string }> {
  const until = Date.now() + 60_000;
  for (;;) {
    const found = events.slice(since).find((e) => e.event === event);
    if (found) return found;
    if (Date.now() > until) throw new Error(`no ${event} event; got ${JSON.stringify(events.slice(since))}\n${log}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  cpSync(path.join(__dirname, '../fixtures/course'), content, { recursive: true });
  const io = { out: (t: string) => void (log += t), err: (t: string) => void (log += t), env: process.env };
  watcher = await startWatch([content], { outDir: out, port: 0 }, io);
  await listen(watcher.url);
});
afterAll(async () => {
  stream.abort();
  await watcher.close();
});

/** A raw request, so that "..", "%2e%2e" and a broken "%" reach the server as typed. */
function rawGet(url: string, rawPath: string): Promise<number> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path: rawPath }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    })
      .on('error', reject)
      .end();
  });
}

describe('lectern watch', () => {
  it('serves nothing outside the output folder, and survives a malformed address', async () => {
    writeFileSync(path.join(work, 'output-secret.txt'), 'secret');
    expect(await rawGet(watcher.url, '/../output-secret.txt')).toBe(403);
    expect(await rawGet(watcher.url, '/%2e%2e/output-secret.txt')).toBe(403);
    expect(await rawGet(watcher.url, '/%')).toBe(400);
    expect((await fetch(watcher.url)).status).toBe(200);
  });

  it('builds, then serves the outputs and the course index on localhost, with the live-reload script', async () => {
    expect(log).toContain(`open ${watcher.url}`);
    const index = await (await fetch(watcher.url)).text();
    expect(index).toContain('Waves');
    expect(index).toContain(EVENTS_PATH);
    const deck = await (await fetch(new URL('physics/waves/deck.html', watcher.url))).text();
    expect(deck).toContain('bespoke-marp');
    expect(deck).toContain(EVENTS_PATH);
    // The script is added when serving, never written into the file.
    expect(readFileSync(path.join(out, 'physics/waves/deck.html'), 'utf8')).not.toContain(EVENTS_PATH);
  });

  it('rebuilds the edited lecture on save and tells the page to reload', async () => {
    const since = events.length;
    writeFileSync(lecture, readFileSync(lecture, 'utf8').replace('[Transverse, Longitudinal]', '[Transverse, Longitudinal, Surface waves]'));
    await next('reload', since);
    expect((await readPdf(path.join(out, 'physics/waves/deck.pdf'))).text).toContain('Surface waves');
    expect(log).toContain('changed: slide 4 “Two kinds”');
  });

  it('shows a broken edit on the page and in the terminal, keeps the last good outputs, and recovers', async () => {
    const good = readFileSync(lecture, 'utf8');
    const before = readFileSync(path.join(out, 'physics/waves/deck.pdf'));
    let since = events.length;
    const page = await (await browser.browser()).newPage();
    await page.goto(new URL('physics/waves/deck.html', watcher.url).href, { waitUntil: 'load' });
    writeFileSync(lecture, good.replace('        bullets: [Transverse', '        bulets: [Transverse'));
    const problem = await next('problem', since);
    // The open page shows the error over the slides.
    await page.waitForSelector('#lectern-error', { timeout: 10_000 });
    expect(await page.$eval('#lectern-error', (e) => e.textContent)).toContain('unknown key "bulets"');
    await page.close();
    expect(JSON.parse(problem.data).message).toMatch(/waves\.yaml:\d+:9 {2}unknown key "bulets" — did you mean "bullets"\?/);
    expect(log).toContain('unknown key "bulets"');
    expect(readFileSync(path.join(out, 'physics/waves/deck.pdf')).equals(before)).toBe(true);

    // Putting back the last good text rebuilds nothing, yet the error must leave the page,
    // and the terminal says so: the error is no longer the last thing on it.
    since = events.length;
    const said = log.length;
    writeFileSync(lecture, good);
    await next('reload', since);
    expect(log.slice(said)).toContain(`${lecture}: fixed, no more mistakes`);
    expect(log.slice(said)).toMatch(/saved .*waves\.yaml: nothing to rebuild, every output is as it was/);

    since = events.length;
    writeFileSync(lecture, good.replace('Surface waves', 'Surface and water waves'));
    await next('reload', since);
    expect((await readPdf(path.join(out, 'physics/waves/deck.pdf'))).text).toContain('Surface and water waves');
  });
});

describe('a save while lectern watch is starting', () => {
  it('is built too, even when made during the first build', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'lectern-watch-start-'));
    cpSync(path.join(__dirname, '../fixtures/course'), path.join(root, 'content'), { recursive: true });
    const atoms = path.join(root, 'content', 'chemistry', 'atoms.yaml');
    let said = '';
    const io = { out: (t: string) => void (said += t), err: (t: string) => void (said += t), env: process.env };
    const starting = startWatch([path.join(root, 'content')], { outDir: path.join(root, 'output'), port: 0 }, io);
    // Atoms is built first; once it is, the save lands while the other lectures build.
    // The same progress as `lectern build`: a line per lecture once its outputs are made.
    while (!/chemistry\/atoms\/: \d+ slides/.test(said)) await new Promise((r) => setTimeout(r, 20));
    writeFileSync(atoms, readFileSync(atoms, 'utf8').replace('title: What atoms are made of', 'title: What every atom is made of'));
    const started = await starting;
    try {
      await started.idle();
      expect((await readPdf(path.join(root, 'output/chemistry/atoms/deck.pdf'))).text).toContain('What every atom is made of');
    } finally {
      await started.close();
    }
  });
});

describe('lectern watch with its output folder inside the watched folder', () => {
  it('does not rebuild because of its own outputs', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'lectern-watch-inside-'));
    cpSync(path.join(__dirname, '../fixtures/course/chemistry'), root, { recursive: true });
    let said = '';
    const io = { out: (t: string) => void (said += t), err: (t: string) => void (said += t), env: process.env };
    const started = await startWatch([root], { outDir: path.join(root, 'output'), port: 0 }, io);
    try {
      await started.idle();
      // Each build rewrites the course index; with no edit, nothing may touch it.
      const index = path.join(root, 'output', 'index.html');
      const before = statSync(index).mtimeMs;
      await new Promise((r) => setTimeout(r, 1500));
      await started.idle();
      expect(statSync(index).mtimeMs).toBe(before);
      expect(said.match(/\d+ built, \d+ unchanged, \d+ failed/g)).toHaveLength(1);
    } finally {
      await started.close();
    }
  });
});
