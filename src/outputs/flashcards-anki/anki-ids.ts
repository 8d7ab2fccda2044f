/**
 * Anki's ids, made from what names a card rather than from the clock, so that a package
 * built again from an edited lecture carries the same ids: Anki matches an imported note to
 * the one already in a student's collection by its guid, and then updates it (keeping the
 * student's progress) instead of adding a duplicate.
 */
import { createHash } from 'node:crypto';

const sha256 = (parts: readonly string[]) => createHash('sha256').update(parts.join('\u001f'), 'utf8').digest();

/** The first 8 bytes of the hash as an unsigned number. */
const hash64 = (parts: readonly string[]): bigint => sha256(parts).readBigUInt64BE(0);

/**
 * An id for a note or a card: Anki's are creation times in milliseconds (its browser shows
 * `id / 1000` as "Added"), so the hash is folded into 2001–2033, well inside what a
 * JavaScript number holds exactly.
 */
export const timeId = (...parts: string[]): number => 1_000_000_000_000 + Number(hash64(parts) % 1_000_000_000_000n);

/** An id for a deck or a note type: genanki's range (2^30 … 2^31), away from Anki's default deck 1. */
export const smallId = (...parts: string[]): number => 2 ** 30 + Number(hash64(parts) % BigInt(2 ** 30));

// Anki's base-91 alphabet for guids (anki/utils.py, base91; genanki's util.guid_for).
const BASE91 = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~';

/** A note's guid: 64 bits of the hash written in base 91, as Anki writes its own. */
export function guidFor(...parts: string[]): string {
  let n = hash64(parts);
  let out = '';
  do {
    out = BASE91[Number(n % 91n)]! + out;
    n /= 91n;
  } while (n > 0n);
  return out;
}

/** The checksum Anki keeps to find duplicates: the first 8 hex digits of the SHA-1 of the sort field, as a number. */
export const fieldChecksum = (plain: string): number => parseInt(createHash('sha1').update(plain, 'utf8').digest('hex').slice(0, 8), 16);
