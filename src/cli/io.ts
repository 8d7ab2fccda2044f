/** Where a command prints, and what it knows of its surroundings: passed in, so tests can capture it. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** A terminal that can show a live view (not CI, not piped). */
  tty?: boolean;
}

export const processIo = (): Io => ({
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  env: process.env,
  tty: process.stdout.isTTY === true && !process.env.CI,
});
