/**
 * Watch mode keeps watching when folders come and go: a content folder deleted and made
 * again (a branch switched, a folder restored) is watched again, and a templates/ folder
 * made after watch started is used.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWatch, type Watcher } from '../../src/watch/watch.js';

const fixture = path.join(__dirname, '../fixtures/course/chemistry/atoms.yaml');
let watcher: Watcher | undefined;
const startedIn = process.cwd();

afterEach(async () => {
  await watcher?.close();
  watcher = undefined;
  process.chdir(startedIn);
});

/** Waits, without a time bound worth asserting, until `done` holds; else fails with what watch said. */
async function until(done: () => boolean, said: () => string): Promise<void> {
  const give = Date.now() + 60_000;
  while (!done()) {
    if (Date.now() > give) throw new Error(`gave up waiting; watch said:\n${said()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function project() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'lectern-watch-folders-'));
  const content = path.join(root, 'content');
  mkdirSync(content);
  cpSync(fixture, path.join(content, 'atoms.yaml'));
  let log = '';
  const io = { out: (t: string) => void (log += t), err: (t: string) => void (log += t), env: process.env };
  const deck = () => readFileSync(path.join(root, 'output', 'atoms', 'deck.md'), 'utf8');
  return { root, content, io, log: () => log, deck };
}

describe('lectern watch when the content folder is deleted and made again', () => {
  it('says once that it is waiting for it, keeps the outputs, and rebuilds every save once it is back', async () => {
    const p = project();
    watcher = await startWatch([p.content], { outDir: path.join(p.root, 'output'), port: 0, only: ['deck-md'] }, p.io);
    expect(p.deck()).toContain('What atoms are made of');

    const before = p.log().length;
    rmSync(p.content, { recursive: true });
    await until(() => p.log().slice(before).includes('waiting'), p.log);
    await watcher.idle();
    const waiting = p.log().slice(before);
    expect(waiting).toContain(`${p.content} is gone: watch is waiting for it to come back`);
    expect(waiting.match(/waiting for it/g)).toHaveLength(1);
    // Nothing to build from is not a reason to delete what was built.
    expect(existsSync(path.join(p.root, 'output', 'atoms', 'deck.md'))).toBe(true);

    mkdirSync(p.content);
    const atoms = path.join(p.content, 'atoms.yaml');
    writeFileSync(atoms, readFileSync(fixture, 'utf8').replace('What atoms are made of', 'What atoms hold'));
    await until(() => p.deck().includes('What atoms hold'), p.log);

    writeFileSync(atoms, readFileSync(fixture, 'utf8').replace('What atoms are made of', 'Inside every atom'));
    await until(() => p.deck().includes('Inside every atom'), p.log);
  });
});

describe('lectern watch with no templates folder when it starts', () => {
  it('uses a templates/ folder made afterwards, and Lectern’s own again once it is gone', async () => {
    const p = project();
    // The teacher's templates/ folder is looked for in the folder Lectern runs in.
    process.chdir(p.root);
    watcher = await startWatch(['content'], { outDir: 'output', port: 0, only: ['deck-md'] }, p.io);
    expect(p.deck()).toContain('Lesson 1');

    mkdirSync(path.join(p.root, 'templates', 'labels'), { recursive: true });
    writeFileSync(path.join(p.root, 'templates', 'labels', 'en.yaml'), 'lesson: Session {lesson}\n');
    await until(() => p.deck().includes('Session 1'), p.log);

    rmSync(path.join(p.root, 'templates'), { recursive: true });
    await until(() => p.deck().includes('Lesson 1'), p.log);
  });
});
