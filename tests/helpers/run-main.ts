/** Runs the real `lectern` entry point in-process and captures what it prints. */
import { main } from '../../src/cli/main.js';

export async function runLectern(argv: string[], env: NodeJS.ProcessEnv = process.env) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => void (out += t), err: (t) => void (err += t), env });
  return { code, out, err };
}
