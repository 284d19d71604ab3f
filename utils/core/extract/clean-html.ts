import { HTTP_URL, resolveUrl } from '../url';
import { ELEMENT_NODE, isSkipped, TEXT_NODE, tagOf, tagSet } from './dom-kinds';
import { SKIP, walkTree } from './walk-tree';

/** Tags kept in the article HTML; any other element is replaced by its children. */
const KEPT_TAGS = tagSet(`
  p h1 h2 h3 h4 h5 h6 ul ol li blockquote pre code em strong b i u s sub sup br hr a img
  figure figcaption table thead tbody tr th td dl dt dd
`);
const VOID_TAGS = tagSet('br hr img');
const SAFE_LINK = /^(https?|mailto):/i;

export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The only attributes that survive: absolute http(s) links and images, image alt text. */
function attributesOf(el: Element, tag: string, base: string): string {
  if (tag === 'a') {
    const href = resolveUrl(el.getAttribute('href'), base, SAFE_LINK);
    return href ? ` href="${escapeHtml(href)}"` : '';
  }
  if (tag === 'img') {
    const src = resolveUrl(el.getAttribute('src'), base, HTTP_URL);
    const alt = el.getAttribute('alt');
    return (src ? ` src="${escapeHtml(src)}"` : '') + (alt ? ` alt="${escapeHtml(alt)}"` : '');
  }
  return '';
}

/**
 * The article body as HTML written from scratch out of an allowlist of tags and attributes, with
 * every text escaped. Page markup is never copied through, so no script, handler, style or
 * `javascript:` URL can survive, whatever DOM implementation parsed the page. (DOMPurify is the
 * usual tool, but it needs a full browser-grade DOM: under linkedom, which the command line uses,
 * it returns its input unchanged.)
 */
export function cleanHtml(root: Element, baseUrl: string): string {
  const out: string[] = [];
  const enter = (node: Node) => {
    if (node === root) return undefined;
    if (node.nodeType === TEXT_NODE) out.push(escapeHtml(node.nodeValue ?? ''));
    if (node.nodeType !== ELEMENT_NODE) return SKIP;
    const el = node as Element;
    const tag = tagOf(el);
    if (isSkipped(el)) return SKIP;
    if (KEPT_TAGS.has(tag)) out.push(`<${tag}${attributesOf(el, tag, baseUrl)}>`);
    return VOID_TAGS.has(tag) ? SKIP : undefined;
  };
  const leave = (node: Node) => {
    const tag = node !== root && node.nodeType === ELEMENT_NODE ? tagOf(node as Element) : '';
    if (KEPT_TAGS.has(tag)) out.push(`</${tag}>`);
  };
  walkTree(root, enter, leave);
  return out.join('').replace(/\s+/g, ' ').trim();
}
