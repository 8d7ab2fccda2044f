/**
 * What to undo if the build is interrupted (Ctrl-C): stop the browser, delete half-written
 * temporary files, finish files half put in place, release the output lock. Work registers
 * its step while it runs; bin/lectern.ts runs them all on SIGINT, SIGTERM or SIGHUP, then exits.
 */
/** A step may say what it did, when the teacher must know (a lecture's outputs are new after all). */
type Step = () => string | void;
const steps = new Set<Step>();

/** Registers a synchronous undo step; call the returned function once the work is done. */
export function onInterrupt(step: Step): () => void {
  steps.add(step);
  return () => void steps.delete(step);
}

/** Runs every registered step, newest first; one failing does not stop the others. Returns what they said. */
export function runInterruptSteps(): string[] {
  const said: string[] = [];
  for (const step of [...steps].reverse()) {
    try {
      const note = step();
      if (note) said.push(note);
    } catch {
      // Tidying up is best effort: the process is about to exit.
    }
  }
  steps.clear();
  return said;
}

/** Output folders this run has already changed for good: a stop afterwards must not call them unchanged. */
const finished: string[] = [];

/** Says that `dir` holds its new outputs now (or has lost the outputs of a deleted lecture). */
export function noteFinished(dir: string): void {
  finished.push(dir);
}

/** A new run (a build, a rebuild in watch mode) starts with nothing finished. */
export function forgetFinished(): void {
  finished.length = 0;
}

/** What a stop says of the outputs: which are new already, and that the rest are as they were. */
export function stoppedMessage(said: readonly string[]): string {
  const others = finished.length > 0 ? `The outputs in ${finished.join(', ')} were finished before the stop and are new; every other previous output is unchanged.` : 'Your previous outputs are unchanged.';
  return said.length > 0 ? `${said.join('\n')}${finished.length > 0 ? `\n${others}` : ''}` : others;
}
