import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding Lectern's package.json, whether running from src/ (tests) or dist/. */
export const packageRoot = fileURLToPath(new URL('..', import.meta.url));

/** The templates that ship with Lectern; a teacher's own templates folder is searched first. */
export const builtinTemplatesDir = fileURLToPath(new URL('../templates', import.meta.url));

/**
 * Whether `file` lies inside `dir` (both resolved against the working folder). The folder
 * itself counts only with `orSame`. A name that merely starts with two dots ("..notes")
 * is inside: only a ".." path segment leads out.
 */
export function isInside(dir: string, file: string, { orSame = false } = {}): boolean {
  const rel = path.relative(path.resolve(dir), path.resolve(file));
  if (rel === '') return orSame;
  return rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

/** A path as the outputs and records write it: forward slashes on every system. */
export const slashes = (p: string): string => p.split(path.sep).join('/');

/**
 * A relative path as a URL path: each segment percent-encoded, so a file or folder named
 * with "#", "?", ")" or "%" is still reached (encodeURI leaves "#" and "?" to end the path,
 * and Markdown reads ")" as the end of an image's address).
 */
export const urlPath = (relative: string): string =>
  slashes(relative)
    .split('/')
    // encodeURIComponent leaves !'()* as they are; Markdown ends an address at ")".
    .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');

/** The $schema path of Lectern's schema `name` as a file in `dir` writes it: relative, with forward slashes. */
export const schemaPathFrom = (dir: string, name: string): string => path.relative(dir, path.join(packageRoot, 'schema', name)).split(path.sep).join('/');
