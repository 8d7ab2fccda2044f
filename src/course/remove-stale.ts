/** Removes the outputs of lectures that no longer exist, found by the manifests they left. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { CACHE_DIR } from '../decide/ledger.js';
import { isInside, slashes } from '../paths.js';
import { removeLectureOutputs } from '../write/output-writer.js';
import { CHANGES_FILE } from './changes.js';
import { MANIFEST_FILE, readManifest } from './manifest.js';

/** Output folders (relative to the output root) that hold a manifest, at any depth. */
export function builtFolders(outDir: string, rel = ''): string[] {
  const dir = path.join(outDir, rel);
  if (!existsSync(dir)) return [];
  const here = existsSync(path.join(dir, MANIFEST_FILE)) ? [rel] : [];
  return [
    ...here,
    ...readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && e.name !== 'images' && !e.name.startsWith('.'))
      .flatMap((e) => builtFolders(outDir, path.join(rel, e.name))),
  ];
}

/**
 * Deletes the output folders of lectures that were in one of the content folders just
 * built but whose file is gone; returns them. Outputs of lectures elsewhere are left alone.
 */
export function removeStaleOutputs(outDir: string, contentFolders: string[], keep: ReadonlySet<string>): string[] {
  const removed: string[] = [];
  for (const folder of builtFolders(outDir)) {
    const outPath = slashes(folder);
    const manifest = readManifest(path.join(outDir, folder));
    if (!manifest || keep.has(outPath)) continue;
    const source = path.resolve(manifest.source);
    if (existsSync(source) || !contentFolders.some((f) => isInside(f, source))) continue;
    // The outputs' files (as the manifest lists them), and what lies beside them.
    removeLectureOutputs(path.join(outDir, folder), [...manifest.files, 'images', CHANGES_FILE, CACHE_DIR, MANIFEST_FILE]);
    removed.push(outPath);
  }
  return removed;
}
