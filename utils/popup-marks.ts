/**
 * Where the popup's time goes, as `performance` marks that `npm run bench:popup` reads: marks cost
 * next to nothing, and the reader's popup sets them as the benchmark's does.
 */
export const POPUP_MARKS = {
  /** The popup's script has loaded and starts to read the tab. */
  readStart: 'dossier:read-start',
  /** The extractor is about to be injected into the tab… */
  injectStart: 'dossier:inject-start',
  /** …and its answer is back; its `detail` is the time it spent in the page (`PageTimings`). */
  injectEnd: 'dossier:inject-end',
  /** The outline is on screen: set by an effect, which Preact runs once the frame that drew it is painted. */
  outlineShown: 'dossier:outline-shown',
} as const;

/** What the extractor spent its time on, in the page, in milliseconds. */
export interface PageTimings {
  extractMs: number;
}
