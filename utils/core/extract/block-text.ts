import { BLOCK_TAGS, ELEMENT_NODE, isSkipped, squash, TEXT_NODE, tagOf } from './dom-kinds';
import { SKIP, walkTree } from './walk-tree';

/** "3. " for the third item of an ordered list (counting from its `start`), else nothing. */
function listMarker(item: Element): string {
  const list = item.parentElement;
  if (!list || tagOf(list) !== 'ol') return '';
  const start = Number.parseInt(list.getAttribute('start') ?? '1', 10);
  const index = Array.from(list.children)
    .filter((child) => tagOf(child) === 'li')
    .indexOf(item);
  return `${(Number.isNaN(start) ? 1 : start) + index}. `;
}

/**
 * The plain text of `root` as a reader sees it: one block (paragraph, heading, list item) per
 * paragraph, separated by a blank line, ordered-list items numbered. `textContent` would glue
 * "Maintenance" and "At" together where two blocks meet, which breaks word counts and sentences.
 */
export function blockText(root: Element): string {
  const blocks: string[] = [];
  let line = '';
  const flush = () => {
    const text = squash(line);
    if (text) blocks.push(text);
    line = '';
  };
  const enter = (node: Node) => {
    if (node.nodeType === TEXT_NODE) line += node.nodeValue ?? '';
    if (node.nodeType !== ELEMENT_NODE) return SKIP;
    const el = node as Element;
    const tag = tagOf(el);
    if (isSkipped(el)) return SKIP;
    if (BLOCK_TAGS.has(tag)) flush();
    if (tag === 'li') line += listMarker(el);
    return undefined;
  };
  const leave = (node: Node) => {
    if (BLOCK_TAGS.has(tagOf(node as Element))) flush();
  };
  walkTree(root, enter, leave);
  flush();
  return blocks.join('\n\n');
}

/** The words of a text: runs of letters or digits in any script, with inner apostrophes and hyphens. */
export const textWords = (text: string): string[] => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];

/** Words in a text, as `textWords` finds them. */
export const countWords = (text: string): number => textWords(text).length;
