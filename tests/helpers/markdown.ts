import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString as textOf } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { parse } from 'yaml';

export { textOf };

type Root = ReturnType<typeof fromMarkdown>;
type Node = Root['children'][number];

/** A note read as Obsidian or a GitHub-flavoured renderer would: its properties and its tree. */
export function readNote(note: string): { properties: unknown; tree: Root } {
  const match = /^---\n([\s\S]*?\n)---\n/.exec(note);
  const body = match ? note.slice(match[0].length) : note;
  return {
    properties: match ? parse(match[1] as string) : null,
    tree: fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }),
  };
}

/** Every node of the tree, depth first. */
export function allNodes(node: Root | Node): Array<Root | Node> {
  const children = 'children' in node ? (node.children as Node[]) : [];
  return [node, ...children.flatMap(allNodes)];
}

/** The headings as "depth text" ("2 Key claims"), in order. */
export const headingsOf = (tree: Root): string[] =>
  tree.children.filter((n) => n.type === 'heading').map((n) => `${n.depth} ${textOf(n)}`);

/** The top-level nodes after the H2 named `title`, up to the next H2. */
export function sectionOf(tree: Root, title: string): Node[] {
  const start = tree.children.findIndex((n) => n.type === 'heading' && n.depth === 2 && textOf(n) === title);
  if (start < 0) return [];
  const rest = tree.children.slice(start + 1);
  const end = rest.findIndex((n) => n.type === 'heading' && n.depth <= 2);
  return end < 0 ? rest : rest.slice(0, end);
}

/** The text of each item of the first list in a section, without its nested lists. */
export function itemsOf(tree: Root, title: string): string[] {
  const list = sectionOf(tree, title).find((n) => n.type === 'list');
  if (list?.type !== 'list') return [];
  return list.children.map((item) => textOf(item.children[0] ?? { type: 'text', value: '' }));
}
