/** What a browser's parser keeps in `<head>` when it meets it between `</head>` and `<body>`. */
const HEAD_TAGS = new Set(['script', 'style', 'link', 'meta', 'noscript', 'template', 'base', 'title']);

/**
 * Puts a parsed page's root in the shape a browser gives it: `<head>` and one `<body>` holding
 * everything else. Pages put a `<script>` between `</head>` and `<body>`, or text after
 * `</body>`; a browser moves these into the head or the body, but linkedom (the command line's
 * and the watcher's parser) leaves them beside the body, and its `doc.body` then answers with a
 * new, empty body, so that the article is not found. Call it before anything reads `doc.body`.
 */
export function settleBody(doc: Document): Document {
  const root = withHtmlRoot(doc);
  const children = root ? Array.from(root.children) : [];
  const body = children.find((child) => child.localName === 'body');
  if (!root || !body) return doc;
  const head = children.find((child) => child.localName === 'head');
  let beforeBody = true;
  const lead: Element[] = [];
  for (const child of children) {
    if (child === body) beforeBody = false;
    else if (child === head) continue;
    else if (child.localName === 'body') {
      // A second `<body>`: its content is the first one's.
      body.append(...Array.from(child.childNodes));
      child.remove();
    } else if (beforeBody && head && HEAD_TAGS.has(child.localName)) head.append(child);
    else if (beforeBody) lead.push(child);
    else body.append(child);
  }
  body.prepend(...lead);
  return doc;
}

/**
 * The page's `<html>` element, holding every element of the page. A browser's parser makes one
 * when the page opens with `<head>`, and moves into it what stands before it (a `<style>` written
 * before `<!DOCTYPE html>`); linkedom takes the first element for the root instead.
 */
function withHtmlRoot(doc: Document): Element | null {
  const root = doc.documentElement;
  if (!root || root.localName === 'html') return root;
  const top = Array.from(doc.children);
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
