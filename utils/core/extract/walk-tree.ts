/** What `enter` answers for a node: go into its children (nothing), pass them by, or end the walk. */
export const SKIP = 1;
export const STOP = 2;

/**
 * Visits `root` and everything under it in document order, without recursion: a page can nest
 * elements 10,000 deep, which a browser's parser flattens (Blink stops nesting at 512) but
 * linkedom, the command line's parser, keeps, and a recursive walk then overflows the call stack.
 * `enter` sees each node before its children and may answer `SKIP` or `STOP`; `leave` sees each
 * node entered after its children. The tree must not change during the walk.
 */
export function walkTree(root: Node, enter: (node: Node) => number | undefined, leave?: (node: Node) => void): void {
  let node: Node | null = root;
  while (node) {
    const answer = enter(node);
    if (answer === STOP) return;
    if (answer !== SKIP && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (answer !== SKIP) leave?.(node);
    // Up to the first ancestor with a next sibling, leaving each one passed.
    while (node !== root && !node.nextSibling) {
      node = node.parentNode as Node;
      leave?.(node);
    }
    node = node === root ? null : node.nextSibling;
  }
}
