/**
 * Most outputs are printed handouts: a view built from the lecture fills an HTML template,
 * and the browser prints it. This describes such an output from its few particulars.
 */
import type { HandoutInputs } from '../make/handouts/page-view.js';
import { readableFontCss } from '../make/fonts.js';
import { pageLogo } from '../make/handouts/page-logo.js';
import { printHandout } from '../make/handouts/print-handout.js';
import { factsSource, pdfFacts } from '../make/print/pdf-facts.js';
import { slidePictures, type SlideHandoutInputs } from '../make/handouts/slide-pictures.js';
import type { LabelKey } from '../make/labels.js';
import { requireDeck, type OutputKind } from './output-kind.js';

interface HandoutSpec<I extends HandoutInputs> {
  name: string;
  /** The template in templates/handouts/, without ".html.hbs" (answer keys share the students' one). */
  template: string;
  indexLabel: LabelKey;
  /** The data the template is filled with, or why the handout would be empty. */
  view(inputs: I): object | { skip: string };
  /** Why the handout is skipped when its view says it is `empty`. */
  whenEmpty?: string;
}

function handout(spec: HandoutSpec<HandoutInputs> & { slides: false }): OutputKind;
function handout(spec: HandoutSpec<SlideHandoutInputs> & { slides: true }): OutputKind;
function handout(spec: HandoutSpec<never> & { slides: boolean }): OutputKind {
  return {
    name: spec.name,
    file: `${spec.name}.pdf`,
    needs: spec.slides ? 'deck' : 'lecture',
    indexLabel: spec.indexLabel,
    reads: ({ deckTemplates, handoutTemplates }) => ({
      templates: [handoutTemplates.fileOf(spec.template), ...handoutTemplates.commonFiles, ...(spec.slides ? deckTemplates.files : [])],
      // Handouts that show the slides look as the theme makes them look.
      theme: spec.slides,
      handoutOptions: true,
    }),
    async render(context, deck) {
      const { lecture } = context;
      const base: HandoutInputs = {
        lecture,
        // The dyslexia-friendly face is the handouts' alone: the deck's fonts stay as they are.
        fontCss: lecture.handouts.dyslexiaFriendly ? `${context.fontCss}\n${readableFontCss(JSON.stringify(lecture) + JSON.stringify(context.labels))}` : context.fontCss,
        stylesheet: context.handoutTemplates.stylesheet,
        labels: context.labels,
        ...(lecture.logo && { logo: await pageLogo(lecture.logo.file) }),
      };
      const inputs = spec.slides ? { ...base, ...(await slidePictures(requireDeck(spec.name, deck), base)) } : base;
      const view = spec.view(inputs as never);
      if ('skip' in view) return { skip: view.skip };
      if (spec.whenEmpty && 'empty' in view && view.empty === true) return { skip: spec.whenEmpty };
      const html = context.handoutTemplates.render(spec.template, view);
      const notices = 'notices' in view && Array.isArray(view.notices) ? (view.notices as string[]) : [];
      const facts = pdfFacts(lecture);
      return {
        source: html + factsSource(facts),
        notices,
        make: async () => ({ files: [{ name: `${spec.name}.pdf`, data: await printHandout(context.browser, spec.name, html, context.images, facts) }] }),
      };
    },
  };
}

/** A handout printed from the lecture alone. */
export const lectureHandout = (spec: HandoutSpec<HandoutInputs>): OutputKind => handout({ ...spec, slides: false });

/** A handout that shows the slides themselves, so waits for the fitted deck. */
export const slideHandout = (spec: HandoutSpec<SlideHandoutInputs>): OutputKind => handout({ ...spec, slides: true });
