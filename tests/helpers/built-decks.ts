/**
 * The decks the deck.pptx read-back tests look at: MTCR (content/mtcr.yaml, the lecture of
 * the README) and a short lecture with every layout, two pictures and a table
 * (tests/fixtures/pptx/rivers.yaml), built by the compiled `lectern` command as a teacher
 * runs it. Each lands in <out>/<lecture>/deck.pdf and deck.pptx.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { bin } from './spawned-build.js';

const run = promisify(execFile);

export interface BuiltDeck {
  /** The lecture's name: its file name without .yaml. */
  name: string;
  yaml: string;
  pdf: string;
  pptx: string;
}

export const DECK_LECTURES = [path.resolve('content/mtcr.yaml'), path.resolve('tests/fixtures/pptx/rivers.yaml')];

/** Builds the lectures' decks (one after the other: two cores are shared by every test). */
export async function buildDecks(lectures = DECK_LECTURES): Promise<BuiltDeck[]> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'lectern-pptx-readback-'));
  const built: BuiltDeck[] = [];
  for (const yaml of lectures) {
    const name = path.basename(yaml, '.yaml');
    await run(process.execPath, [bin, 'build', yaml, '--out', out, '--only', 'deck'], { timeout: 120_000 }).catch((e: Error & { stderr?: string }) => {
      throw new Error(`lectern build ${name} failed: ${e.stderr ?? e.message}`);
    });
    built.push({ name, yaml, pdf: path.join(out, name, 'deck.pdf'), pptx: path.join(out, name, 'deck.pptx') });
  }
  return built;
}
