/** `lectern build` flags → build options, each checked with a message that says what to type. */
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
  strict?: boolean;
  force?: boolean;
  shard?: string;
}

export function buildOptions(flags: BuildFlags): BuildOptions {
  const overrides: Partial<HandoutOptions> = {};
  if (flags.paper !== undefined) {
    const paper = flags.paper.toLowerCase();
    if (!(PAPERS as readonly string[]).includes(paper)) throw new LecternError(`--paper: "${flags.paper}" is not a paper size (use a4 or letter)`);
    overrides.paper = paper as HandoutOptions['paper'];
  }
  if (flags.perPage !== undefined) {
    const n = Number(flags.perPage);
    if (!(SLIDES_PER_PAGE as readonly number[]).includes(n)) throw new LecternError(`--per-page: "${flags.perPage}" is not allowed (use ${SLIDES_PER_PAGE.join(', ')})`);
    overrides.slidesPerPage = n as HandoutOptions['slidesPerPage'];
  }
  if (flags.seed !== undefined) {
    const n = Number(flags.seed);
    const [min, max] = WHOLE_NUMBERS.seed!;
    if (!Number.isInteger(n) || n < min || n > max) throw new LecternError(`--seed: "${flags.seed}" is not a whole number from ${min} to ${max} (use e.g. --seed 2)`);
    overrides.shuffle = true;
    overrides.seed = n;
  }
  if (flags.wordBank) overrides.wordBank = true;
  return {
    outDir: flags.out,
    ...(flags.templates && { templates: flags.templates }),
    ...(flags.only && { only: parseOnly(flags.only) }),
    ...(flags.strict && { strict: true }),
    ...(flags.force && { force: true }),
    ...(flags.shard && { shard: parseShard(flags.shard) }),
    ...(Object.keys(overrides).length > 0 && { handoutOverrides: overrides }),
  };
}
