/**
 * deck-pictures.pptx (the opt-in picture deck) as PowerPoint reads it: a package in which
 * every part its content types name and every relationship's target exists (else PowerPoint
 * offers to repair the file), notes without hidden characters, pictures that say what each
 * slide is, compressed parts.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { runLectern } from '../../helpers/run-main.js';

let zip: JSZip;
const text = (name: string) => zip.file(name)!.async('string');
const parts = () => Object.values(zip.files).filter((f) => !f.dir);

beforeAll(async () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'lectern-pptx-'));
  const run = await runLectern(['build', path.join(__dirname, '../../fixtures/all-layouts/water-cycle.yaml'), '--out', out, '--only', 'deck-pictures']);
  expect(run.code, run.err).toBe(0);
  zip = await JSZip.loadAsync(readFileSync(path.join(out, 'water-cycle', 'deck-pictures.pptx')));
});

describe('deck-pictures.pptx, as a package', () => {
  it('holds every part its [Content_Types].xml names', async () => {
    const named = [...(await text('[Content_Types].xml')).matchAll(/PartName="\/([^"]+)"/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(13);
    expect(named.filter((part) => !zip.file(part))).toEqual([]);
  });

  it('holds the target of every relationship', async () => {
    const missing: string[] = [];
    for (const rels of parts().filter((f) => f.name.endsWith('.rels'))) {
      // "ppt/slides/_rels/slide1.xml.rels" describes "ppt/slides/slide1.xml": targets are relative to its folder.
      const from = path.posix.dirname(path.posix.dirname(rels.name));
      for (const m of (await rels.async('string')).matchAll(/<Relationship [^>]*>/g)) {
        if (/TargetMode="External"/.test(m[0])) continue;
        const target = m[0].match(/Target="([^"]+)"/)![1]!;
        const part = target.startsWith('/') ? target.slice(1) : path.posix.normalize(path.posix.join(from, target));
        if (!zip.file(part)) missing.push(`${rels.name} → ${target}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('gives every slide picture a description of its slide (its words, for a screen reader), and notes without hidden characters', async () => {
    const slides = parts().filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f.name)).sort((a, b) => Number(a.name.match(/\d+/)![0]) - Number(b.name.match(/\d+/)![0]));
    expect(slides).toHaveLength(13);
    const descriptions = await Promise.all(slides.map(async (s) => (await s.async('string')).match(/<p:cNvPr [^>]*descr="([^"]*)"/)![1]));
    expect(descriptions[0]).toBe('Slide 1: Earth Science. Lesson 3. The Water Cycle. How water moves between the sea, the sky and the land. Ms. Okafor. Revised September 1, 2024.');
    expect(descriptions[3]).toBe('Slide 4: The four stages. Evaporation: the sun heats water into vapour. Condensation: vapour cools into clouds. Precipitation: rain. snow and hail. Collection in oceans, lakes and groundwater.');
    expect(descriptions.filter((d) => /\.png$/.test(d!))).toEqual([]);
    const notes = (await Promise.all(parts().filter((f) => f.name.startsWith('ppt/notesSlides/notesSlide')).map((f) => f.async('string')))).join('\n');
    expect(notes).toContain('Ask who has seen fog form over a lake.');
    expect(notes).not.toContain('\u200B');
  });

  it('compresses its parts (the pictures are PNGs, compressed already)', () => {
    // jszip keeps each part's compression method as read: 08 00 is DEFLATE.
    const method = (f: JSZip.JSZipObject) => (f as unknown as { _data: { compression: { magic: string } } })._data.compression.magic;
    const xml = parts().filter((f) => f.name.endsWith('.xml') || f.name.endsWith('.rels'));
    expect(xml.filter((f) => method(f) !== '\x08\x00').map((f) => f.name)).toEqual([]);
  });
});
