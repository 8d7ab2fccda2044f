#!/usr/bin/env node
import { main } from '../cli/main.js';
import { runInterruptSteps } from '../interrupt.js';

// Ctrl-C: undo what is half done (temporary files, the browser, the lock), so that the
// previous outputs stay exactly as they were.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    runInterruptSteps();
    process.stderr.write('\nStopped. Your previous outputs are unchanged.\n');
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

process.exit(await main(process.argv.slice(2)));
