/**
 * One base class for every failure a teacher may see, one subclass per pipeline stage.
 * `main` prints `message` alone for these (no stack trace) and exits 1; anything that is
 * not a LecternError is a bug in Lectern and shows its stack under --debug.
 */
import { formatProblems } from './problems/format.js';
import type { Problem } from './problems/problem.js';

export class LecternError extends Error {
  /** The file the problem is about (lecture, template, output), when there is one. */
  readonly file: string | undefined;

  constructor(message: string, options: { file?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = new.target.name;
    this.file = options.file;
  }
}

/** The lecture file could not be read or parsed, or its content is invalid. */
export class LoadError extends LecternError {}

/** The lecture has mistakes; `problems` holds every one of them (as data), the message shows them. */
export class ContentError extends LoadError {
  constructor(readonly problems: Problem[]) {
    super(formatProblems(problems), { file: problems[0]?.file });
  }
}

/** A template is missing or failed while producing the deck or a handout. */
export class RenderError extends LecternError {}

/** The browser is missing, crashed, or failed to print. */
export class PrintError extends LecternError {}

/** An output could not be written. */
export class WriteError extends LecternError {}
