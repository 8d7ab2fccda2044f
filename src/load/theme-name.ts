/**
 * A lecture's (or course's) `theme:` is the name of a theme among those that exist — a CSS
 * file in Lectern's templates/themes/ or the teacher's own — never a path: it is checked
 * where it is written, so `validate` catches what `build` would fail on.
 */
import { closestWord } from './closest-word.js';

/** What a theme name may be: letters, digits and hyphens (no path, no dots, no spaces). */
export const THEME_NAME = /^[A-Za-z0-9][A-Za-z0-9-]*$/;

const THEME_NAME_MESSAGE = 'a theme is a name of letters, digits and hyphens: a CSS file in templates/themes/, without ".css"';

/** What is wrong with `theme`, if anything, given the themes there are. */
export function themeProblem(theme: string, themes: readonly string[]): string | undefined {
  if (themes.includes(theme)) return undefined;
  const meant = closestWord(theme, themes);
  const shape = THEME_NAME.test(theme) ? `theme "${theme}" not found` : `theme "${theme}" is not a theme name (${THEME_NAME_MESSAGE})`;
  return `${shape}${meant ? ` — did you mean "${meant}"?` : ''} (themes: ${themes.join(', ')})`;
}
