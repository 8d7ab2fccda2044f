/** Splitting a course across machines: --shard i/n builds a fixed 1/n of the lectures. */
import { createHash } from 'node:crypto';
import { LecternError } from '../errors.js';

export interface Shard {
  index: number;
  count: number;
}

export function parseShard(value: string): Shard {
  const m = value.match(/^(\d+)\/(\d+)$/);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) {
    throw new LecternError(`--shard: "${value}" is not a shard; write i/n with 1 ≤ i ≤ n, e.g. --shard 2/4`);
  }
  return { index, count };
}

/**
 * Whether a lecture belongs to a shard. By a hash of its output path, not its position in
 * a list, so adding a lecture never moves the others to another machine.
 */
export function inShard(outPath: string, shard: Shard): boolean {
  const n = createHash('sha256').update(outPath).digest().readUInt32BE(0);
  return n % shard.count === shard.index - 1;
}
