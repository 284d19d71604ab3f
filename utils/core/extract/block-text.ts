import { BLOCK_TAGS, ELEMENT_NODE, isSkipped, squash, TEXT_NODE, tagOf } from './dom-kinds';

/**
 * The plain text of `root` as a reader sees it: one block (paragraph, heading, list item) per
 * paragraph, separated by a blank line. `textContent` would glue "Maintenance" and "At" together
 * where two blocks meet, which breaks word counts, sentences and search.
 */
export function blockText(root: Element): string {
  const blocks: string[] = [];
  let line = '';
  const flush = () => {
    const text = squash(line);
    if (text) blocks.push(text);
    line = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === TEXT_NODE) {
      line += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const el = node as Element;
    const tag = tagOf(el);
    if (isSkipped(el)) return;
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) flush();
    for (const child of Array.from(el.childNodes)) walk(child);
    if (isBlock) flush();
  };
  walk(root);
  flush();
  return blocks.join('\n\n');
}

/** Words in a text, counted as runs of letters or digits in any script. */
export const countWords = (text: string): number => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
