/** Removes the outputs of lectures that no longer exist, found by the records they left. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { removeLectureOutputs } from '../write/output-writer.js';
import { readRecord, RECORD_FILE } from './build-record.js';

/** Output folders (relative to the output root) that hold a build record, at any depth. */
export function recordedFolders(outDir: string, rel = ''): string[] {
  const dir = path.join(outDir, rel);
  if (!existsSync(dir)) return [];
  const here = existsSync(path.join(dir, RECORD_FILE)) ? [rel] : [];
  return [
    ...here,
    ...readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && e.name !== 'images' && !e.name.startsWith('.'))
      .flatMap((e) => recordedFolders(outDir, path.join(rel, e.name))),
  ];
}

/**
 * Deletes the output folders of lectures that were in one of the content folders just
 * built but whose file is gone; returns them. Outputs of lectures elsewhere are left alone.
 */
export function removeStaleOutputs(outDir: string, contentFolders: string[], keep: ReadonlySet<string>): string[] {
  const roots = contentFolders.map((f) => path.resolve(f) + path.sep);
  const removed: string[] = [];
  for (const folder of recordedFolders(outDir)) {
    const outPath = folder.split(path.sep).join('/');
    const record = readRecord(path.join(outDir, folder));
    if (!record || keep.has(outPath)) continue;
    const source = path.resolve(record.source);
    if (existsSync(source) || !roots.some((r) => source.startsWith(r))) continue;
    removeLectureOutputs(path.join(outDir, folder), [...record.files, 'images', 'CHANGES.md', 'thumbnail.png', RECORD_FILE]);
    removed.push(outPath);
  }
  return removed;
}
