/**
 * What the preview server may answer: requests from the teacher's own browser only, for
 * files really inside output/ (links followed, then checked), nothing else.
 */
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { isInside } from '../paths.js';

const LOCAL_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Whether a Host header names this machine on the server's port. A page from another site
 * whose name was made to point at 127.0.0.1 (DNS rebinding) sends its own name here.
 */
export function isLocalHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const m = host.toLowerCase().match(/^(\[[^\]]*\]|[^:]*)(?::(\d+))?$/);
  if (!m || !LOCAL_NAMES.has(m[1]!)) return false;
  return m[2] === undefined ? port === 80 : Number(m[2]) === port;
}

export type Resolved = { status: 200; file: string } | { status: 400 | 403 | 404; why: string };

/** The real path of `file` when it exists, else undefined. */
function real(file: string): string | undefined {
  try {
    return realpathSync(file);
  } catch {
    return undefined;
  }
}

const isFile = (file: string) => statSync(file, { throwIfNoEntry: false })?.isFile() === true;

/**
 * The file a request path asks for under `root`, or why there is none. A folder gives its
 * index.html when that is a file; anything that is not a plain file is "not found".
 */
export function resolveRequest(root: string, url: string): Resolved {
  const raw = url.split(/[?#]/)[0]!;
  if (!raw.startsWith('/')) return { status: 400, why: 'bad address' };
  // An encoded slash or backslash would make one path segment look like several.
  if (/%2f|%5c/i.test(raw)) return { status: 400, why: 'bad address' };
  let rel: string;
  try {
    rel = decodeURIComponent(raw).replace(/^\/+/, '');
  } catch {
    return { status: 400, why: 'bad address' };
  }
  if (rel.includes('\0') || rel.includes('\\')) return { status: 400, why: 'bad address' };
  const asked = path.resolve(root, rel);
  if (!isInside(root, asked, { orSame: true })) return { status: 403, why: 'forbidden' };
  const realRoot = real(root);
  let file = real(asked);
  if (!realRoot || !file) return { status: 404, why: 'not built yet' };
  // A link inside output/ may point anywhere: what counts is where it really leads.
  if (!isInside(realRoot, file, { orSame: true })) return { status: 403, why: 'forbidden' };
  if (statSync(file).isDirectory()) {
    file = real(path.join(file, 'index.html'));
    if (!file) return { status: 404, why: 'not built yet' };
    if (!isInside(realRoot, file)) return { status: 403, why: 'forbidden' };
  }
  return isFile(file) ? { status: 200, file } : { status: 404, why: 'not found' };
}
