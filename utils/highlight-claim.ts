/**
 * Clicking a claim in the popup shows it in the page: scrolls to the sentence and highlights it
 * for a few seconds. The highlight is a CSS Custom Highlight (`::highlight`), which paints over
 * the text without changing the page's DOM; where the API is missing, the sentence is selected.
 */

/** The name of the highlight, and the style it gets (added with `insertCSS`, not into the DOM). */
const HIGHLIGHT = 'dossier-claim';
const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT}) { background-color: #ffe066; color: #1d2330; }`;

/** How long the sentence stays highlighted. */
const HIGHLIGHT_MS = 4000;

/**
 * Runs in the reader's tab (serialised by `executeScript`, so it closes over nothing): finds
 * `sentence` in the page's visible text, whitespace-insensitively, and highlights it. Returns
 * whether it was found.
 */
function showSentence(sentence: string, name: string, ms: number): boolean {
  const skip = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA)$/;
  // The page's text with runs of white space collapsed, and for each of its characters the text
  // node and offset it came from, so a match can be turned back into a Range.
  let text = '';
  const from: Array<[Text, number]> = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.parentElement && skip.test(node.parentElement.tagName)) continue;
    const value = node.nodeValue ?? '';
    for (let i = 0; i < value.length; i++) {
      const space = /\s/.test(value[i]);
      if (space && (text.endsWith(' ') || text === '')) continue;
      text += space ? ' ' : value[i];
      from.push([node, i]);
    }
  }
  const wanted = sentence.replace(/\s+/g, ' ').trim();
  let start = text.indexOf(wanted);
  let length = wanted.length;
  if (start < 0) {
    // A sentence split across elements the page styles apart: fall back to its opening words.
    length = Math.min(80, wanted.length);
    start = text.indexOf(wanted.slice(0, length));
  }
  if (start < 0) return false;
  const [startNode, startOffset] = from[start];
  const [endNode, endOffset] = from[start + length - 1];
  const range = document.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset + 1);
  // An instant jump: a smooth scroll only moves while the tab paints frames, which a tab behind
  // the popup may not; the highlight shows the reader where they landed.
  startNode.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
  const highlights = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  const Highlight = (globalThis as { Highlight?: new (range: Range) => unknown }).Highlight;
  if (highlights && Highlight) {
    highlights.set(name, new Highlight(range));
    setTimeout(() => highlights.delete(name), ms);
  } else {
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  return true;
}

/** Scrolls the tab to `sentence` and highlights it; false when the page no longer has it. */
export async function highlightClaim(tabId: number, sentence: string): Promise<boolean> {
  await browser.scripting.insertCSS({ target: { tabId }, css: HIGHLIGHT_CSS });
  const [injection] = await browser.scripting.executeScript({
    target: { tabId },
    func: showSentence,
    args: [sentence, HIGHLIGHT, HIGHLIGHT_MS],
  });
  return injection?.result === true;
}
