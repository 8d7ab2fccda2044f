/** color-name ships no types: the CSS named colours, as [red, green, blue]. */
declare module 'color-name' {
  const colors: Record<string, [number, number, number]>;
  export default colors;
}
