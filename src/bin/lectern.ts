#!/usr/bin/env node
import { main } from '../cli/main.js';
import { runInterruptSteps, stoppedMessage } from '../interrupt.js';

// Ctrl-C: undo what is half done (temporary files, the browser, the lock), so that the
// previous outputs stay exactly as they were, or, for files already being put in place,
// finish putting them there; then say which.
// A closed terminal (SIGHUP) is treated like Ctrl-C.
const exitCodes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    const said = runInterruptSteps();
    process.stderr.write(`\nStopped. ${stoppedMessage(said)}\n`);
    process.exit(exitCodes[signal]);
  });
}

process.exit(await main(process.argv.slice(2)));
