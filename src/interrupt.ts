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
