/**
 * What to undo if the build is interrupted (Ctrl-C): stop the browser, delete half-written
 * temporary files, release the output lock. Work registers its undo step while it runs;
 * bin/lectern.ts runs them all on SIGINT or SIGTERM, then exits.
 */
const steps = new Set<() => void>();

/** Registers a synchronous undo step; call the returned function once the work is done. */
export function onInterrupt(step: () => void): () => void {
  steps.add(step);
  return () => void steps.delete(step);
}

/** Runs every registered step, newest first; one failing does not stop the others. */
export function runInterruptSteps(): void {
  for (const step of [...steps].reverse()) {
    try {
      step();
    } catch {
      // Tidying up is best effort: the process is about to exit.
    }
  }
  steps.clear();
}
