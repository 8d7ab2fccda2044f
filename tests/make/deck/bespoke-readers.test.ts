/**
 * The mends to Marp's bespoke page (make/deck/bespoke-readers.ts), on the HTML Marp writes:
 * its buttons renamed in the lecture's language with their keys, and the script that names
 * the rest safe whatever a teacher's labels hold. The mends at work in a browser are checked
 * by tests/outputs/deck-html/accessibility.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { withReaderMends, type BespokeLabels } from '../../../src/make/deck/bespoke-readers.js';

// The controller as marp-cli 4.5 writes it.
const MARP = `<html><body><div class="bespoke-marp-osc"><button data-bespoke-marp-osc="prev" tabindex="-1" title="Previous slide">Previous slide</button><span data-bespoke-marp-osc="page"></span><button data-bespoke-marp-osc="next" tabindex="-1" title="Next slide">Next slide</button><button data-bespoke-marp-osc="fullscreen" tabindex="-1" title="Toggle fullscreen (f)">Toggle fullscreen</button><button data-bespoke-marp-osc="overview" tabindex="-1" title="Toggle overview view (o)">Toggle overview view</button><button data-bespoke-marp-osc="presenter" tabindex="-1" title="Open presenter view (p)">Open presenter view</button></div><script>marp()</script></body></html>`;

const labels = (over: Partial<BespokeLabels> = {}): BespokeLabels => ({
  previousSlide: 'Diapositive précédente',
  nextSlide: 'Diapositive suivante',
  fullscreen: 'Plein écran',
  overview: 'Vue d’ensemble',
  closeOverview: 'Fermer',
  presenterView: 'Mode présentateur',
  notesSmaller: 'Notes plus petites',
  notesBigger: 'Notes plus grandes',
  clock: 'Heure',
  timer: 'Temps écoulé',
  ...over,
});

describe("Marp's page mended for readers", () => {
  it("names every button of Marp's controller in the lecture's language, with its key, and leaves no English name", () => {
    const html = withReaderMends(MARP, labels());
    expect(html).toContain('<button data-bespoke-marp-osc="prev" tabindex="-1" title="Diapositive précédente">Diapositive précédente</button>');
    expect(html).toContain('<button data-bespoke-marp-osc="fullscreen" tabindex="-1" title="Plein écran (F)">Plein écran</button>');
    expect(html).toContain('<button data-bespoke-marp-osc="presenter" tabindex="-1" title="Mode présentateur (P)">Mode présentateur</button>');
    expect(html.replace(/<script>[\s\S]*?<\/script>/g, '')).not.toMatch(/slide|Toggle|Open presenter/);
  });

  it("puts its script after Marp's, so that Marp's parts exist when it runs", () => {
    const html = withReaderMends(MARP, labels());
    expect(html.indexOf('<script>marp()</script>')).toBeLessThan(html.indexOf('MutationObserver'));
    expect(html.endsWith('</script></body></html>')).toBe(true);
  });

  it('keeps a label as written, even one holding quotes, "<", "</script>" or "$&"', () => {
    const odd = 'Notes <b>"$&"</b> </script>';
    const html = withReaderMends(MARP, labels({ nextSlide: odd, notesBigger: odd }));
    expect(html).toContain(`title="Notes &lt;b&gt;&quot;$&amp;&quot;&lt;/b&gt; &lt;/script&gt;">`);
    const script = /<script>(\(\(\) => \{[\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(script).not.toContain('</');
    // The data in the script reads back as the label itself.
    const data = JSON.parse(/const \[names, views\] = (\[.*\]);\n/.exec(script)![1]!) as [[string, string, boolean][], Record<string, string>];
    expect(data[0].filter(([, name]) => name === odd)).toHaveLength(3);
  });
});
