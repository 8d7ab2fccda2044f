/**
 * The characters a WOFF2 font file really draws, read from its cmap table. A @fontsource
 * file's unicode-range names a whole block of characters, not always the ones the font has:
 * a stray character is embedded from a file only if that file has it.
 */
import { readFileSync } from 'node:fs';
import { brotliDecompressSync } from 'node:zlib';

const GLYF = 10;
const LOCA = 11;
const CMAP = 0;

const cache = new Map<string, Set<number>>();

export function fontCodePoints(file: string): Set<number> {
  const cached = cache.get(file);
  if (cached) return cached;
  const bytes = readFileSync(file);
  let at = 48; // after the WOFF2 header
  const base128 = () => {
    let value = 0;
    for (let i = 0; i < 5; i++) {
      const byte = bytes[at++]!;
      value = value * 128 + (byte & 0x7f);
      if (!(byte & 0x80)) break;
    }
    return value;
  };
  const tables: { tag: number | string; length: number }[] = [];
  for (let i = bytes.readUInt16BE(12); i > 0; i--) {
    const flags = bytes[at++]!;
    const known = flags & 0x3f;
    const tag = known === 63 ? bytes.toString('latin1', at, (at += 4)) : known;
    let length = base128();
    // glyf and loca are transformed unless their version is 3; every other table is transformed unless it is 0.
    const transformed = known === GLYF || known === LOCA ? flags >> 6 === 0 : flags >> 6 !== 0;
    if (transformed) length = base128();
    tables.push({ tag, length });
  }
  const data = brotliDecompressSync(bytes.subarray(at));
  let offset = 0;
  let cmap: Buffer | undefined;
  for (const table of tables) {
    if (table.tag === CMAP) cmap = data.subarray(offset, offset + table.length);
    offset += table.length;
  }
  const found = new Set<number>();
  if (cmap) {
    for (let i = 0; i < cmap.readUInt16BE(2); i++) {
      const sub = cmap.readUInt32BE(4 + i * 8 + 4);
      const format = cmap.readUInt16BE(sub);
      if (format === 4) {
        const segments = cmap.readUInt16BE(sub + 6) / 2;
        const ends = sub + 14;
        const starts = ends + segments * 2 + 2;
        for (let s = 0; s < segments; s++) {
          const end = cmap.readUInt16BE(ends + 2 * s);
          for (let c = cmap.readUInt16BE(starts + 2 * s); c <= end && c !== 0xffff; c++) found.add(c);
        }
      } else if (format === 12) {
        for (let g = 0; g < cmap.readUInt32BE(sub + 12); g++) {
          const end = cmap.readUInt32BE(sub + 20 + g * 12);
          for (let c = cmap.readUInt32BE(sub + 16 + g * 12); c <= end; c++) found.add(c);
        }
      }
    }
  }
  cache.set(file, found);
  return found;
}
