/**
 * Names for the frames of Marp's presenter view and overview. Marp's bespoke template makes
 * them as the page runs (the next-slide preview of the presenter view; the overview, opened
 * with O) and gives them no title, so a screen reader announces each as an unnamed frame
 * (axe-core: frame-title, WCAG 4.1.2). No option of Marp's sets one; a small script after
 * Marp's names each frame as it appears, in the lecture's language.
 */

export interface FrameTitles {
  /** The presenter view's preview of the next slide. */
  nextSlide: string;
  /** The overview of every slide. */
  overview: string;
}

/** Marp's frames, by the classes its bespoke template gives them (marp-cli 4). */
const FRAMES = {
  nextSlide: 'iframe.bespoke-marp-presenter-next',
  overview: '.bespoke-marp-overview iframe',
} as const satisfies Record<keyof FrameTitles, string>;

export function withFrameTitles(html: string, titles: FrameTitles): string {
  const named = Object.entries(FRAMES).map(([key, selector]) => [selector, titles[key as keyof FrameTitles]]);
  // JSON is a JavaScript literal; "<" escaped so that no label can close the script.
  const data = JSON.stringify(named).replace(/</g, '\\u003c');
  const script = `<script>(()=>{const n=${data};const f=()=>{for(const[s,t]of n)for(const e of document.querySelectorAll(s))if(!e.title)e.title=t};f();new MutationObserver(f).observe(document.body,{childList:true,subtree:true})})()</script>`;
  const end = html.lastIndexOf('</body>');
  return end < 0 ? html + script : html.slice(0, end) + script + html.slice(end);
}
