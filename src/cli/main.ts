/** The `lectern` command. `main` returns the exit code; only bin/lectern.ts exits the process. */
import { existsSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { TemplateSet } from '../render/template-set.js';
import { LecternError } from '../errors.js';
import { runBuild } from './build-command.js';
import { runValidate } from './validate-command.js';
import { writeCourseIndex } from '../build/write-index.js';
import { startWatch } from '../watch/watch.js';
import { buildOptions, type BuildFlags } from './build-flags.js';
import { OUTPUTS } from '../build/outputs.js';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** A terminal that can show a live view (not CI, not piped). */
  tty?: boolean;
}

const defaultIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  env: process.env,
  tty: process.stdout.isTTY === true && !process.env.CI,
};

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  let code = 0;
  const debug = argv.includes('--debug');
  const program = new Command('lectern')
    .description('Turn lectures written in YAML into a slide deck and handouts.')
    .option('--debug', 'show stack traces for unexpected errors')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });

  // What build and watch both take: the lectures, where outputs go, the teacher's templates.
  const lectureCommand = (name: string, description: string) =>
    program
      .command(name)
      .description(description)
      .argument('[paths...]', 'lecture files or folders of them', ['content'])
      .option('-o, --out <dir>', 'where the outputs go', 'output')
      .option('-t, --templates <dir>', 'your own templates folder; its files override Lectern’s');

  lectureCommand('build', 'build the deck (and handouts) of each lecture')
    .option('--only <outputs>', `build only these outputs, e.g. deck,quiz (${OUTPUTS.join(', ')})`)
    .option('--paper <size>', 'handout paper: a4 or letter (overrides the lecture)')
    .option('--per-page <n>', 'slides per page of the notes handout: 1, 2, 3, 4, 6 or 9')
    .option('--seed <n>', 'shuffle the quiz with this seed (the same seed gives the same quiz)')
    .option('--word-bank', 'print a word bank on the worksheet')
    .option('--strict', 'treat warnings (a slide without notes, …) as errors')
    .option('--force', 'rebuild every output, even those that are up to date')
    .option('--shard <i/n>', 'build only part i of n of the lectures (for several CI machines)')
    .action(async (paths: string[], options: BuildFlags) => {
      code = await runBuild(paths, buildOptions(options), io);
    });

  lectureCommand('watch', 'build, serve the outputs on localhost, and rebuild on every save')
    .option('--port <n>', 'the port to serve on (0 picks a free one)', '4700')
    .action(async (paths: string[], options: { out: string; templates?: string; port: string }) => {
      await startWatch(paths, { outDir: options.out, port: Number(options.port), ...(options.templates && { templates: options.templates }) }, io);
      // Runs until Ctrl-C, which bin/lectern.ts handles.
      await new Promise(() => undefined);
    });

  program
    .command('index')
    .description('write output/index.html from the lectures built into the output folder (e.g. by several shards)')
    .option('-o, --out <dir>', 'the output folder', 'output')
    .option('-t, --templates <dir>', 'your own templates folder')
    .action((options: { out: string; templates?: string }) => {
      const own = options.templates ?? (existsSync('templates') ? 'templates' : undefined);
      writeCourseIndex(options.out, new TemplateSet(own ? [own] : []));
      io.out(`✓ ${options.out}/index.html\n`);
    });

  program
    .command('validate')
    .description('check lectures for mistakes without building anything')
    .argument('[paths...]', 'lecture files or folders of them', ['content'])
    .option('--strict', 'treat warnings as errors')
    .action((paths: string[], options: { strict?: boolean }) => {
      code = runValidate(paths, options.strict ?? false, io);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof LecternError) {
      io.err(`${error.message}\n`);
      return 1;
    }
    io.err(debug ? `${(error as Error).stack ?? String(error)}\n` : `Lectern failed unexpectedly: ${(error as Error).message}\n(run again with --debug to see where)\n`);
    return 1;
  }
}
