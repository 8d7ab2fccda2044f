/**
 * The `lectern` command. `main` returns the exit code; only bin/lectern.ts exits the process.
 * Each command's code is loaded when it runs: `lectern validate` need not load the file
 * watcher, nor `lectern build` the preview server.
 */
import { Command, CommanderError } from 'commander';
import { LecternError } from '../errors.js';
import { OUTPUT_CHOICES } from '../outputs/registry.js';
import { buildOptions, folderOptions, handoutOptions, parsePort, type BuildFlags } from './build-flags.js';
import { processIo, type Io } from './io.js';
import { LECTERN_VERSION } from '../version.js';

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let code = 0;
  const debug = argv.includes('--debug');
  const program = new Command('lectern')
    .description('Turn lectures written in YAML into a slide deck and handouts.')
    .version(LECTERN_VERSION, '-v, --version', 'print the version of Lectern')
    .option('--debug', 'show stack traces for unexpected errors')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError('(type "lectern --help" to see the commands)');

  // What build and watch both take: the lectures, where outputs go, the teacher's templates.
  const lectureCommand = (name: string, description: string) =>
    program
      .command(name)
      .description(description)
      .argument('[paths...]', 'lecture files or folders of them', ['content'])
      .option('-o, --out <dir>', 'where the outputs go', 'output')
      .option('-t, --templates <dir>', 'your own templates folder; its files override Lectern’s')
      .option('--large-print', 'handouts in large print: their own text at 18 pt or more (the deck is not changed)')
      .option('--dyslexia-friendly', 'handouts in a dyslexia-friendly face (Atkinson Hyperlegible), 12 pt or more, spaced wider, without italics or justified text');

  lectureCommand('build', 'build the deck (and handouts) of each lecture')
    .option('--only <outputs>', `build only these outputs, e.g. deck,quiz (${OUTPUT_CHOICES.join(', ')})`)
    .option('--paper <size>', 'handout paper: a4 or letter (overrides the lecture)')
    .option('--per-page <n>', 'slides per page of the notes handout: 1, 2, 3, 4, 6 or 9')
    .option('--seed <n>', 'shuffle the quiz with this seed (the same seed gives the same quiz)')
    .option('--word-bank', 'print a word bank on the worksheet')
    .option('--strict', 'treat warnings (a slide without notes, …) as errors')
    .option('--force', 'rebuild every output, even those that are up to date')
    .option('--shard <i/n>', 'build only part i of n of the lectures (for several CI machines)')
    .action(async (paths: string[], flags: BuildFlags) => {
      const { runBuild } = await import('./commands/build.js');
      code = await runBuild(paths, { ...buildOptions(flags), ...(debug && { debug }) }, io);
    });

  lectureCommand('watch', 'build, serve the outputs on localhost, and rebuild on every save')
    .option('--port <n>', 'the port to serve on (0 picks a free one)', '4700')
    .action(async (paths: string[], flags: { out: string; templates?: string; port: string; largePrint?: boolean; dyslexiaFriendly?: boolean }) => {
      const { runWatch } = await import('./commands/watch.js');
      code = await runWatch(paths, { ...folderOptions(flags), ...handoutOptions(flags), port: parsePort(flags.port), ...(debug && { debug }) }, io);
    });

  program
    .command('index')
    .description('write output/index.html from the lectures built into the output folder (e.g. by several shards)')
    .option('-o, --out <dir>', 'the output folder', 'output')
    .option('-t, --templates <dir>', 'your own templates folder')
    .action(async (flags: { out: string; templates?: string }) => {
      const { runIndex } = await import('./commands/index.js');
      const { outDir, templates } = folderOptions(flags);
      code = runIndex({ out: outDir, ...(templates !== undefined && { templates }) }, io);
    });

  program
    .command('validate')
    .description('check lectures for mistakes without building anything')
    .argument('[paths...]', 'lecture files or folders of them', ['content'])
    .option('--strict', 'treat warnings as errors')
    .option('--json', 'print the problems as JSON (file, line, column, severity, message, hint, frame)')
    .option('-t, --templates <dir>', 'your own templates folder (its themes may be named)')
    .action(async (paths: string[], flags: { strict?: boolean; json?: boolean; templates?: string }) => {
      const { runValidate } = await import('./commands/validate.js');
      code = runValidate(paths, flags, io);
    });

  program
    .command('check-accessibility')
    .description('check lectures as an accessibility office would: alt text, language, contrast, type size, deck.html (axe-core); builds nothing')
    .argument('[paths...]', 'lecture files or folders of them', ['content'])
    .option('-t, --templates <dir>', 'your own templates folder (its themes are checked)')
    .option('--json', 'print the report as JSON (per lecture, per topic: what was checked, the problems)')
    .action(async (paths: string[], flags: { templates?: string; json?: boolean }) => {
      const { runCheckAccessibility } = await import('./commands/check-accessibility.js');
      const { templates } = folderOptions({ out: 'output', ...flags });
      code = await runCheckAccessibility(paths, { ...(templates !== undefined && { templates }), ...(flags.json && { json: true }) }, io);
    });

  program
    .command('new')
    .description('write a new lecture to edit, showing every kind of slide (and a course.yaml in a new folder)')
    .argument('<path>', 'where the lecture goes, e.g. content/biology/cells (".yaml" is added)')
    .option('-t, --templates <dir>', 'your own templates folder (its new/lecture.yaml.hbs is used)')
    .action(async (target: string, flags: { templates?: string }) => {
      const { runNew } = await import('./commands/new.js');
      code = runNew(target, flags, io);
    });

  program
    .command('import')
    .description('turn notes you have (.txt, .md, .docx, .pptx) into a lecture to edit, with a report of what to check')
    .argument('<file>', 'your notes')
    .option('-o, --out <file>', 'the lecture to write (default: content/<name>.yaml)')
    .action(async (file: string, flags: { out?: string }) => {
      const { runImport } = await import('./commands/import.js');
      code = await runImport(file, flags, io);
    });

  // A mistyped flag: the error (with "Did you mean …?"), then where to see the right ones.
  for (const command of program.commands) command.showHelpAfterError(`(type "lectern ${command.name()} --help" to see what it takes)`);

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
