/**
 * The deck files (deck.md, deck.html, deck.pdf, deck.pptx, and the opt-in deck-pictures.pptx)
 * are one deck: selected together by "deck" (but for the opt-in one), made from the fitted
 * deck, and keyed by the deck's templates and theme (the theme decides where long slides
 * split, so it shapes even the Markdown).
 */
import type { OutputKind } from './output-kind.js';

export const deckOutput = (spec: Omit<OutputKind, 'group' | 'needs' | 'reads'>): OutputKind => ({
  ...spec,
  group: 'deck',
  needs: 'deck',
  reads: ({ deckTemplates }) => ({ templates: deckTemplates.files, theme: true }),
});
