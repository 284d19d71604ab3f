/** What Dossier reads from a page's schema.org JSON-LD article node. */
export interface JsonLdArticle {
  headline: string | null;
  author: string | null;
  datePublished: string | null;
  dateModified: string | null;
  publisher: string | null;
  inLanguage: string | null;
}

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** True for schema.org types that describe an article: Article, NewsArticle, BlogPosting, … */
function isArticleType(node: JsonObject): boolean {
  const types = ([] as unknown[]).concat(node['@type'] ?? []);
  return types.some(
    (t) =>
      typeof t === 'string' && (/Article$/.test(t) || t === 'BlogPosting' || t === 'LiveBlogPosting' || t === 'Report'),
  );
}

/** Every object in a JSON-LD value, walking arrays and `@graph` lists. */
function* nodesOf(value: unknown): Generator<JsonObject> {
  if (Array.isArray(value)) {
    for (const item of value) yield* nodesOf(item);
  } else if (isObject(value)) {
    yield value;
    if (value['@graph']) yield* nodesOf(value['@graph']);
  }
}

/** A name from a string, a `{ name }` object, or the first of a list of either. */
function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== null);
    return names.length ? names.join(', ') : null;
  }
  if (isObject(value)) return nameOf(value.name);
  return null;
}

const stringOf = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

/**
 * The first article node of the page's JSON-LD, or null. Malformed blocks are skipped, not fatal:
 * sites ship JSON-LD with trailing commas and raw newlines, and one bad block must not hide another.
 */
export function readJsonLdArticle(doc: Document): JsonLdArticle | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const node of nodesOf(parsed)) {
      if (!isArticleType(node)) continue;
      return {
        headline: stringOf(node.headline) ?? stringOf(node.name),
        author: nameOf(node.author),
        datePublished: stringOf(node.datePublished),
        dateModified: stringOf(node.dateModified),
        publisher: nameOf(node.publisher),
        inLanguage: stringOf(node.inLanguage),
      };
    }
  }
  return null;
}
