import { walkTree } from './walk-tree';

/** What a browser's parser keeps in `<head>` when it meets it between `</head>` and `<body>`. */
const HEAD_TAGS = new Set(['script', 'style', 'link', 'meta', 'noscript', 'template', 'base', 'title']);

/** An element, or text that is not blank: what a parser places (comments and blank text aside). */
const isPlaced = (node: Node): boolean =>
  node.nodeType === 1 || (node.nodeType === 3 && /\S/.test(node.nodeValue ?? ''));

/** What a parser placed in `parent`; text is typed as an element with no tag name. */
const placedNodes = (parent: Node): Element[] => Array.from(parent.childNodes).filter(isPlaced) as Element[];

/**
 * Puts a parsed page's root in the shape a browser gives it: `<html>` holding `<head>` and one
 * `<body>` with everything else. Pages put a `<script>` between `</head>` and `<body>`, or text
 * after `</body>`; a browser moves these into the head or the body, but linkedom (the command
 * line's parser) leaves them beside the body, and its `doc.body` then answers with a new, empty
 * body, so that the article is not found. A page with no `<body>` tag, or no markup at all (an
 * empty file), gets the body a browser makes for it; linkedom makes none, and throws on
 * `doc.body` when there is no root. Call it before anything reads `doc.body`.
 */
export function settleBody(doc: Document): Document {
  const root = withHtmlRoot(doc);
  // Text here has no tag name, and goes to the body as an element would.
  const children = placedNodes(root);
  const head =
    children.find((child) => child.localName === 'head') ??
    root.insertBefore(doc.createElement('head'), root.firstChild);
  const found = children.find((child) => child.localName === 'body');
  const body = found ?? root.appendChild(doc.createElement('body'));
  // Without a body tag, the body starts at the first element a head does not hold, as in a browser.
  let beforeBody = true;
  const lead: Element[] = [];
  for (const child of children) {
    if (child === body) beforeBody = false;
    else if (child === head) continue;
    else if (child.localName === 'body') {
      // A second `<body>`: its content is the first one's.
      body.append(...Array.from(child.childNodes));
      child.remove();
    } else if (beforeBody && HEAD_TAGS.has(child.localName) && (found || lead.length === 0)) head.append(child);
    else if (beforeBody) lead.push(child);
    else body.append(child);
  }
  body.prepend(...lead);
  body.prepend(...strayHeadContent(head));
  // A second <html>, <head> or <body> tag inside the page is ignored by a browser's parser, its
  // content kept in place; linkedom makes it an element, and Readability's climb from a paragraph
  // inside it to the body never ends.
  for (const el of Array.from(body.querySelectorAll('html, head, body'))) el.replaceWith(...Array.from(el.childNodes));
  flattenDeepNesting(root);
  return doc;
}

/**
 * What a page wrote in its `<head>` that a head does not hold, and all that follows it there: a
 * browser's parser ends the head at the first such element or text ("<div>" before `</head>`) and
 * puts the rest into the body. linkedom keeps it in the head, where the paragraphs are outside
 * the body, and Readability's climb from its best paragraph to the body never meets one.
 */
function strayHeadContent(head: Element): Node[] {
  const nodes = Array.from(head.childNodes);
  const at = nodes.findIndex((node) => isPlaced(node) && !HEAD_TAGS.has((node as Element).localName));
  return at < 0 ? [] : nodes.slice(at);
}

/** How deep Blink's parser nests elements (`kMaximumHTMLParserDOMTreeDepth`); deeper ones become siblings. */
const MAX_DEPTH = 512;

/**
 * Nests no element deeper than a browser's parser would: Blink puts every element and text that
 * would sit below depth 512 directly into the element at that depth, in document order. linkedom
 * nests a page of 10,000 unclosed `<section>`s 10,000 deep, where every step that climbs to an
 * element's ancestors or reads its text costs as much again at each level, and a read takes minutes.
 */
function flattenDeepNesting(root: Element): void {
  const stack: Array<[Element, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop() as [Element, number];
    if (depth === MAX_DEPTH - 1) {
      const below: Node[] = [];
      walkTree(el, (node) => {
        if (node !== el) below.push(node);
        return undefined;
      });
      if (below.length > el.childNodes.length) for (const node of below) el.appendChild(node);
    } else for (const child of Array.from(el.children)) stack.push([child, depth + 1]);
  }
}

/**
 * The page's `<html>` element, holding every element of the page. A browser's parser makes one
 * when the page opens with `<head>`, and moves into it what stands before it (a `<style>` written
 * before `<!DOCTYPE html>`) and after it (what follows a stray `</html>`); linkedom takes the first
 * element for the root instead, and leaves what follows `</html>` beside it, outside the body.
 */
function withHtmlRoot(doc: Document): Element {
  const root = doc.documentElement;
  const top = placedNodes(doc);
  if (root?.localName === 'html' && top.length === 1) return root;
  const at = top.findIndex((el) => el.localName === 'html');
  if (at >= 0) {
    top[at].prepend(...top.slice(0, at));
    top[at].append(...top.slice(at + 1));
    return top[at];
  }
  const made = doc.createElement('html');
  made.append(...top);
  doc.append(made);
  return made;
}
