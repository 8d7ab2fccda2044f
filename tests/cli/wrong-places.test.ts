/**
 * A teacher in the wrong folder, or naming the wrong kind of thing: each is told what is
 * wrong and what to type, with exit code 1 — never "Lectern failed unexpectedly", never
 * an empty success. Run as the compiled `lectern`, from the folder the teacher is in.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin } from '../helpers/spawned-build.js';

const lectern = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
const valid = 'title: T\nsections:\n  - title: S\n    slides:\n      - title: A\n        notes: n\n        bullets: [x]\n';
const work = mkdtempSync(path.join(os.tmpdir(), 'lectern-wrong-places-'));
writeFileSync(path.join(work, 'cells.yaml'), valid);

describe('the wrong folder, or a file where a folder goes', () => {
  it('lectern build where there is no content/ folder says where it looked and what to do', () => {
    const run = lectern(work, 'build');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`content: no such folder here (${work}); run lectern in the folder that holds your content/ folder, or name the lecture files`);
  });

  it('-t naming a file, not a folder, is refused (it was taken for an empty templates folder)', () => {
    for (const command of [['build', 'cells.yaml', '--only', 'deck-md', '-o', 'out'], ['validate', 'cells.yaml']]) {
      const run = lectern(work, ...command, '-t', 'cells.yaml');
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('cells.yaml is a file, not a folder: -t takes the folder that holds your templates');
    }
  });

  it('lectern index -o naming a file is told so, not "failed unexpectedly: ENOTDIR"', () => {
    const run = lectern(work, 'index', '-o', 'cells.yaml');
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('cells.yaml is a file, not a folder: -o takes the output folder the lectures were built into, e.g. -o output\n');
  });
});

describe('lectern import given what is not notes', () => {
  it('a folder is called a folder (it was "a file without an extension")', () => {
    mkdirSync(path.join(work, 'notes'), { recursive: true });
    const run = lectern(work, 'import', 'notes');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('notes is a folder; import one file of notes at a time, e.g. lectern import notes/notes.docx');
  });

  it('an empty Word file is called empty (it was "End of data reached (data length = 0 …). Corrupted zip ?")', () => {
    writeFileSync(path.join(work, 'empty.docx'), '');
    const run = lectern(work, 'import', 'empty.docx', '-o', 'empty.yaml');
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('empty.docx is empty (0 bytes): there is nothing in it to import. Open your notes and save them again, then import that file\n');
  });

  it('a lecture already in YAML is sent to build', () => {
    const run = lectern(work, 'import', 'cells.yaml');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('cells.yaml is already a lecture (YAML): there is nothing to import. Build it with: lectern build cells.yaml');
  });
});

describe('a lecture saved in another encoding, or no text at all', () => {
  it("Notepad's \"Unicode\" (UTF-16 with its mark) is read, as the import reads it", () => {
    writeFileSync(path.join(work, 'unicode.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(valid.replace('title: T', 'title: Café'), 'utf16le')]));
    const run = lectern(work, 'validate', 'unicode.yaml');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('✓ unicode.yaml  no problems');
  });

  it('UTF-16 without its mark is named, not shown as "found the text t\\u{0}i\\u{0}…"', () => {
    writeFileSync(path.join(work, 'nomark.yaml'), Buffer.from(valid, 'utf16le'));
    const run = lectern(work, 'validate', 'nomark.yaml');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('nomark.yaml:1:1  the file is saved as UTF-16 without its byte-order mark, which Lectern cannot read; in your editor, save it with the encoding "UTF-8"');
    expect(run.stderr).not.toContain('\\u{0}');
  });

  it('a picture saved as .yaml is "not text"', () => {
    cpSync(path.join(__dirname, '..', 'fixtures', 'pictures', 'photo.png'), path.join(work, 'photo.yaml'));
    const run = lectern(work, 'validate', 'photo.yaml');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('photo.yaml:1:1  the file is not text (it holds binary data: a picture, a Word document?); a lecture is text, written in YAML');
  });
});
