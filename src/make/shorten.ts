/**
 * Text cut short for a name or a notice ("Q3 What does the water cycle…"), counted and cut
 * by code points: a cut through the two halves of an emoji's UTF-16 pair would leave a
 * lone half, which a file written as UTF-8 turns into "�".
 */
export function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('').trimEnd()}…` : text;
}
