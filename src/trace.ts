/**
 * Timings of a build's steps, printed to stderr when LECTERN_TRACE is set: how the
 * speed figures in the README were taken apart. Costs nothing when off.
 */
const on = Boolean(process.env.LECTERN_TRACE);
const start = performance.now();

/** Starts timing `what`; call the result when it is done. */
export function trace(what: string): () => void {
  if (!on) return () => undefined;
  const began = performance.now();
  return () => process.stderr.write(`[trace] ${(began - start).toFixed(0).padStart(6)} ms +${(performance.now() - began).toFixed(0).padStart(5)} ms  ${what}\n`);
}

/** Times a promise. */
export async function traced<T>(what: string, work: Promise<T> | (() => Promise<T>)): Promise<T> {
  const done = trace(what);
  try {
    return await (typeof work === 'function' ? work() : work);
  } finally {
    done();
  }
}
