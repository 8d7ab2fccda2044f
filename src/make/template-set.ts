/**
 * Finds template files: the teacher's own templates folders first, then Lectern's.
 * A teacher overrides any template or theme by putting a file of the same name in their
 * folder. Reading happens here, once per build, so the renderers themselves stay pure.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { RenderError } from '../errors.js';
import { builtinTemplatesDir } from '../paths.js';

export class TemplateSet {
  readonly dirs: string[];

  constructor(userDirs: string[] = []) {
    const all = [...userDirs.map((d) => path.resolve(d)), builtinTemplatesDir];
    this.dirs = [...new Set(all.map((d) => path.normalize(d)))].filter((d) => existsSync(d));
  }

  /** The path of `name` (e.g. "deck/deck.md.hbs") in the first folder that has it. */
  resolve(name: string): string {
    for (const dir of this.dirs) {
      const file = path.join(dir, name);
      if (existsSync(file)) return file;
    }
    throw new RenderError(`template "${name}" not found (looked in ${this.dirs.join(', ')})`, { file: name });
  }

  read(name: string): { file: string; text: string } {
    const file = this.resolve(name);
    return { file, text: readFileSync(file, 'utf8') };
  }

  /** The names of the deck themes there are: Lectern's and the teacher's own. */
  themes(): string[] {
    return [...this.list('themes').keys()].filter((f) => f.endsWith('.css')).map((f) => f.slice(0, -'.css'.length)).sort();
  }

  /** Every file in `folder` across all template folders, the teacher's copy winning by name. */
  list(folder: string): Map<string, string> {
    const found = new Map<string, string>();
    for (const dir of this.dirs) {
      const full = path.join(dir, folder);
      if (!existsSync(full)) continue;
      for (const name of readdirSync(full)) if (!found.has(name)) found.set(name, path.join(full, name));
    }
    return found;
  }
}

/** Compiles a template, turning Handlebars' syntax errors into a message that names the file. */
export function compileTemplate(
  hb: typeof Handlebars,
  file: string,
  text: string,
  options: CompileOptions = {},
): HandlebarsTemplateDelegate {
  try {
    // Parse now: Handlebars otherwise defers syntax errors to the first render.
    hb.parse(text);
    const template = hb.compile(text, options);
    return (context, runtime) => {
      try {
        return template(context, runtime);
      } catch (cause) {
        throw new RenderError(`${file}: template failed: ${(cause as Error).message}`, { file, cause });
      }
    };
  } catch (cause) {
    if (cause instanceof RenderError) throw cause;
    throw new RenderError(`${file}: template has a syntax error: ${(cause as Error).message}`, { file, cause });
  }
}

export function registerPartials(hb: typeof Handlebars, files: Map<string, string>, suffix: string): void {
  for (const [name, file] of files) {
    if (!name.endsWith(suffix)) continue;
    const text = readFileSync(file, 'utf8');
    compileTemplate(hb, file, text); // surfaces syntax errors with the file name
    hb.registerPartial(name.slice(0, -suffix.length), text);
  }
}
