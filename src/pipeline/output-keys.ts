/** The key of each output asked for: what it is made from, by named part (see decide/fingerprints.ts). */
import { outputKey, type KeyParts, type LectureSources } from '../decide/fingerprints.js';
import type { BuildTemplates, OutputKind } from '../outputs/output-kind.js';
import { LECTERN_VERSION } from '../version.js';
import type { BuildContext } from './context.js';
import type { LoadedLecture } from './load-step.js';

export function outputKeys(kinds: readonly OutputKind[], sources: LectureSources, templates: BuildTemplates): Record<string, KeyParts> {
  return Object.fromEntries(kinds.map((k) => [k.name, outputKey(sources, k.reads(templates))]));
}

/** What every output of a loaded lecture is made from, in this build. */
export function lectureSources(loaded: LoadedLecture, ctx: Pick<BuildContext, 'labelsFor' | 'options'>): LectureSources {
  return {
    version: LECTERN_VERSION,
    lectureSource: loaded.source,
    courseSources: loaded.courseSources,
    images: [...loaded.images.values()],
    // The labels of the lecture's language: editing fr.yaml remakes French lectures only.
    labelFiles: ctx.labelsFor(loaded.lecture.language).files,
    themeCss: loaded.themeCss,
    handoutOptions: ctx.options.handoutOverrides,
  };
}
