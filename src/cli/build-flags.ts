/**
 * Flags → options, each checked with one kind of message: `--flag: "what was typed" is not
 * …`, then what to type instead.
 */
import { parseShard } from '../course/shard.js';
import { LecternError } from '../errors.js';
import { PAPERS, SLIDES_PER_PAGE, type HandoutOptions } from '../load/lecture.js';
import { WHOLE_NUMBERS } from '../load/schema.js';
import { parseOnly } from '../outputs/select.js';
import type { BuildOptions } from '../pipeline/context.js';

export interface BuildFlags {
  out: string;
  templates?: string;
  only?: string;
  paper?: string;
  perPage?: string;
  seed?: string;
  wordBank?: boolean;
  largePrint?: boolean;
  dyslexiaFriendly?: boolean;
  strict?: boolean;
  force?: boolean;
  shard?: string;
}

/** A whole number written as digits: "", " ", "1e3", "2.0" and "0x2" are not. */
const wholeNumber = (value: string): number | undefined => (/^\d+$/.test(value) ? Number(value) : undefined);

/** A folder name given to -o or -t: an empty one would mean the working folder, or nothing. */
export function folderFlag(flag: '-o' | '-t', value: string, example: string): string {
  if (value.trim() === '') throw new LecternError(`${flag}: "${value}" is not a folder name (use e.g. ${flag} ${example})`);
  return value;
}

/** -o and -t, which build, watch and index take alike. */
export function folderOptions(flags: { out: string; templates?: string }): { outDir: string; templates?: string } {
  return {
    outDir: folderFlag('-o', flags.out, 'output'),
    ...(flags.templates !== undefined && { templates: folderFlag('-t', flags.templates, 'templates') }),
  };
}

export function parsePort(value: string): number {
  const port = wholeNumber(value);
  if (port === undefined || port > 65535) throw new LecternError(`--port: "${value}" is not a port; use a whole number from 0 to 65535, e.g. --port 4700 (0 picks a free one)`);
  return port;
}

export function buildOptions(flags: BuildFlags): BuildOptions {
  const overrides: Partial<HandoutOptions> = {};
  if (flags.paper !== undefined) {
    const paper = flags.paper.toLowerCase();
    if (!(PAPERS as readonly string[]).includes(paper)) throw new LecternError(`--paper: "${flags.paper}" is not a paper size (use a4 or letter)`);
    overrides.paper = paper as HandoutOptions['paper'];
  }
  if (flags.perPage !== undefined) {
    const n = wholeNumber(flags.perPage);
    if (n === undefined || !(SLIDES_PER_PAGE as readonly number[]).includes(n)) throw new LecternError(`--per-page: "${flags.perPage}" is not allowed (use ${SLIDES_PER_PAGE.join(', ')})`);
    overrides.slidesPerPage = n as HandoutOptions['slidesPerPage'];
    overrides.slidesPerPageChosen = true;
  }
  if (flags.seed !== undefined) {
    const n = wholeNumber(flags.seed);
    const [min, max] = WHOLE_NUMBERS.seed!;
    if (n === undefined || n < min || n > max) throw new LecternError(`--seed: "${flags.seed}" is not a whole number from ${min} to ${max} (use e.g. --seed 2)`);
    overrides.shuffle = true;
    overrides.seed = n;
  }
  if (flags.wordBank) overrides.wordBank = true;
  return {
    ...handoutOptions({ ...flags, overrides }),
    ...folderOptions(flags),
    ...(flags.only !== undefined && { only: parseOnly(flags.only) }),
    ...(flags.strict && { strict: true }),
    ...(flags.force && { force: true }),
    ...(flags.shard !== undefined && { shard: parseShard(flags.shard) }),
  };
}

/**
 * The handout flags that build and watch both take (--large-print, --dyslexia-friendly), with
 * build's others: the handout options they override, when any.
 */
export function handoutOptions(flags: { largePrint?: boolean; dyslexiaFriendly?: boolean; overrides?: Partial<HandoutOptions> }): Pick<BuildOptions, 'handoutOverrides'> {
  const overrides: Partial<HandoutOptions> = { ...flags.overrides };
  if (flags.largePrint) overrides.largePrint = true;
  if (flags.dyslexiaFriendly) overrides.dyslexiaFriendly = true;
  return Object.keys(overrides).length > 0 ? { handoutOverrides: overrides } : {};
}
