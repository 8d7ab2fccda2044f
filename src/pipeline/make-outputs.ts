/**
 * make: the outputs that are out of date, rendered in memory and made into files. The deck
 * is fitted once and shared; it asks for its page first (its slide pictures take longest),
 * handouts of the lecture alone print meanwhile, and handouts of the slides await the fitted
 * deck. An output whose source comes out as its file on disk was made from is kept.
 */
import { sourceFingerprint } from '../decide/fingerprints.js';
import type { FittedDeck, PrintRequest, Printed } from '../make/deck/deck-inputs.js';
import { NOTHING_PRINTED } from '../make/deck/deck-inputs.js';
import { startDeck } from '../make/deck/fit-deck.js';
import type { FitMemo } from '../decide/ledger.js';
import type { MakeContext, OutputKind, Rendered } from '../outputs/output-kind.js';
import type { OutputFile } from '../write/output-writer.js';

/** What became of an output asked for: made (with the files it consists of), kept (its file is still right), or skipped. */
export type Outcome = { made: true; source: string; owns: string[] } | { kept: true; source: string } | { skipped: string };

export interface MadeOutputs {
  outcomes: Map<string, Outcome>;
  /** What the outputs made tell the teacher, each line naming its file. */
  notices: string[];
  files: OutputFile[];
  remove: string[];
  /** The fitted deck, when an output needed it. */
  deck?: FittedDeck;
}

export interface MakeOptions {
  /** True when the file on disk was made from a source of this fingerprint, so is kept (see decide). */
  isKept(output: string, source: string): boolean;
  /** What the last build learnt of fitting the deck, if it may be used. */
  fit?: FitMemo;
  /** Told of each output as soon as it is made (not when kept), for the progress view. */
  onMade?: (output: string) => void;
}

export async function makeOutputs(context: MakeContext, stale: readonly OutputKind[], options: MakeOptions): Promise<MadeOutputs> {
  const result: MadeOutputs = { outcomes: new Map(), notices: [], files: [], remove: [] };
  const madeFiles = new Map<string, OutputFile[]>();
  /** Renders an output and decides whether its file must be made; its maker when it must. */
  const prepare = async (kind: OutputKind, deck: FittedDeck | undefined): Promise<Rendered | undefined> => {
    const rendered = await kind.render(context, deck);
    if ('skip' in rendered) {
      result.outcomes.set(kind.name, { skipped: rendered.skip });
      return undefined;
    }
    const source = sourceFingerprint(context.salt, rendered.source);
    // Said whether the file is made or kept: what it leaves out is as true of the file kept.
    result.notices.push(...(rendered.notices ?? []).map((n) => `${kind.file}: ${n}`));
    if (options.isKept(kind.name, source)) {
      result.outcomes.set(kind.name, { kept: true, source });
      return undefined;
    }
    result.outcomes.set(kind.name, { made: true, source, owns: [] });
    return rendered;
  };
  const finish = async (kind: OutputKind, rendered: Rendered | undefined, printed: Printed = NOTHING_PRINTED) => {
    if (!rendered) return;
    const made = await rendered.make(printed);
    const outcome = result.outcomes.get(kind.name) as { made: true; source: string; owns: string[] };
    outcome.owns = made.owns ?? made.files.map((f) => f.name);
    madeFiles.set(kind.name, made.files);
    result.remove.push(...(made.remove ?? []));
    options.onMade?.(kind.name);
  };
  const produce = async (kind: OutputKind, deck?: FittedDeck) => finish(kind, await prepare(kind, deck));

  const fromPage = stale.filter((k) => k.needs === 'deck' && k.printsFromPage);
  const withDeck = stale.filter((k) => k.needs === 'deck' && !k.printsFromPage);
  const plain = stale.filter((k) => k.needs === 'lecture');
  const started: Promise<unknown>[] = [];
  const start = (work: Promise<unknown>) => {
    // Failures are reported once all are settled, below; this keeps Node from calling them unhandled meanwhile.
    work.catch(() => undefined);
    started.push(work);
  };

  let deckFailed = false;
  try {
    if (fromPage.length > 0 || withDeck.length > 0) {
      // The outputs that print from the deck's page are rendered once the deck fits, while
      // its page is still loaded: they say what to take from it.
      const rendered = new Map<OutputKind, Rendered | undefined>();
      const deck = startDeck(
        { ...context, templates: context.deckTemplates, ...(options.fit && { memo: options.fit }) },
        async (fitted): Promise<PrintRequest> => {
          for (const kind of fromPage) rendered.set(kind, await prepare(kind, fitted));
          const asked = [...rendered.values()].flatMap((r) => (r?.fromPage ? [r.fromPage] : []));
          return { pdf: asked.some((a) => a.pdf), pictures: [...new Set(asked.flatMap((a) => a.pictures ?? []))].sort((a, b) => a - b) };
        },
      );
      start(deck.fitted.then((fitted) => void (result.deck = fitted)));
      // Each output is waited for on its own: one failing must not leave another still running.
      for (const kind of withDeck) start(deck.fitted.then((fitted) => produce(kind, fitted)));
      for (const kind of fromPage) start(deck.printed.then((printed) => finish(kind, rendered.get(kind), printed)));
      // Handouts wait until the deck has asked for its page, so that they queue behind it;
      // none is printed when the deck has failed already: the build fails with it.
      deckFailed = !(await deck.queued);
    }
    if (!deckFailed) for (const kind of plain) start(produce(kind));
  } finally {
    // Everything started is waited for, even after a failure, so that nothing is still
    // printing (or starting a browser) once the build has stopped.
    await Promise.allSettled(started);
  }
  await Promise.all(started);
  // In the registry's order, whichever finished first: the same build lists the same way.
  result.files = stale.flatMap((kind) => madeFiles.get(kind.name) ?? []);
  return result;
}
