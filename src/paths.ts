import { fileURLToPath } from 'node:url';

/** The folder holding Lectern's package.json, whether running from src/ (tests) or dist/. */
export const packageRoot = fileURLToPath(new URL('..', import.meta.url));

/** The templates that ship with Lectern; a teacher's own templates folder is searched first. */
export const builtinTemplatesDir = fileURLToPath(new URL('../templates', import.meta.url));
