/**
 * The `# yaml-language-server: $schema=…` line that points an editor at the format's JSON
 * Schema. Its path is relative to the file, so a line copied into a lecture one folder
 * deeper points at nothing, and the editor's help silently stops: told as a warning, with
 * the line to write.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../problems/problem.js';
import { SCHEMA_FILES } from './json-schema.js';

const SCHEMA_LINE = /^(#\s*yaml-language-server:\s*\$schema=)(\S+)/;

export function schemaLineProblem(source: string, file: string, kind: keyof typeof SCHEMA_FILES): Problem | undefined {
  const lines = source.split(/\r\n|\r|\n/);
  const at = lines.findIndex((l) => SCHEMA_LINE.test(l));
  if (at < 0) return undefined;
  const [, head, target] = lines[at]!.match(SCHEMA_LINE)!;
  if (/^[a-z][a-z0-9+.-]*:/i.test(target!) || existsSync(path.resolve(path.dirname(file), target!))) return undefined;
  const right = path.relative(path.dirname(path.resolve(file)), SCHEMA_FILES[kind]).split(path.sep).join('/');
  return {
    file,
    line: at + 1,
    column: head!.length + 1,
    severity: 'warning',
    message: `the $schema line points at "${target}", which is not there, so your editor cannot help with this file`,
    hint: `write # yaml-language-server: $schema=${right}`,
  };
}
