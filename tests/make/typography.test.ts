/** French typography: the spaces before ; : ? ! and inside « », never inside code, maths, addresses or times. */
import { describe, expect, it } from 'vitest';
import { frenchTypography as fr, NARROW_NBSP as N, NBSP as S, typographyFor } from '../../src/make/typography.js';

describe('French typography', () => {
  it('puts a narrow no-break space before ; ? ! and a no-break space before :, replacing a typed space', () => {
    expect(fr('Pourquoi?')).toBe(`Pourquoi${N}?`);
    expect(fr('Pourquoi ?')).toBe(`Pourquoi${N}?`);
    expect(fr('Attention !')).toBe(`Attention${N}!`);
    expect(fr('un ; deux')).toBe(`un${N}; deux`);
    expect(fr('Définition: un mot')).toBe(`Définition${S}: un mot`);
    expect(fr('Définition : un mot')).toBe(`Définition${S}: un mot`);
    expect(fr(`Déjà${S}?`)).toBe(`Déjà${N}?`);
  });

  it('puts no-break spaces inside guillemets', () => {
    expect(fr('il dit «bonjour»')).toBe(`il dit «${S}bonjour${S}»`);
    expect(fr('il dit « bonjour »')).toBe(`il dit «${S}bonjour${S}»`);
  });

  it('gives a run such as ?! one space, before the run', () => {
    expect(fr('Vraiment?!')).toBe(`Vraiment${N}?!`);
    expect(fr('Vraiment ?!')).toBe(`Vraiment${N}?!`);
    expect(fr('Quoi ? ! ?')).toBe(`Quoi${N}?${N}!${N}?`);
  });

  it('leaves inline and fenced code, maths, link addresses, URLs, times and ratios as typed', () => {
    expect(fr('Tapez `a ? b : c` ici')).toBe('Tapez `a ? b : c` ici');
    expect(fr('Le code `x`?')).toBe(`Le code \`x\`${N}?`);
    expect(fr('```js\nlet a = b ? c : d;\n```')).toBe('```js\nlet a = b ? c : d;\n```');
    expect(fr('Soit $f: x \\mapsto x^2$ ; alors')).toBe(`Soit $f: x \\mapsto x^2$${N}; alors`);
    expect(fr('$$a:b$$')).toBe('$$a:b$$');
    expect(fr('Prix: $5 ou $10!')).toBe(`Prix${S}: $5 ou $10${N}!`);
    expect(fr('un \\$ : deux')).toBe(`un \\$${S}: deux`);
    expect(fr('Voir [le site](https://exemple.fr/a?b=c:d) !')).toBe(`Voir [le site](https://exemple.fr/a?b=c:d)${N}!`);
    expect(fr('Voir https://exemple.fr/?q=1 ici')).toBe('Voir https://exemple.fr/?q=1 ici');
    expect(fr('Rendez-vous à 10:30, ratio 3:1.')).toBe('Rendez-vous à 10:30, ratio 3:1.');
  });

  it('adds nothing at the start of a text or after an opening bracket, and is idempotent', () => {
    expect(fr('? au début')).toBe('? au début');
    expect(fr('(?)')).toBe('(?)');
    const once = fr('Quoi ? Il a dit : « non » ; vraiment !');
    expect(fr(once)).toBe(once);
    expect(once).toBe(`Quoi${N}? Il a dit${S}: «${S}non${S}»${N}; vraiment${N}!`);
  });

  it('applies to French only', () => {
    expect(typographyFor('fr')).toBeDefined();
    expect(typographyFor('fr-CA')).toBeDefined();
    expect(typographyFor('en')).toBeUndefined();
    expect(typographyFor('fy')).toBeUndefined();
  });
});
