/** What Dossier reads from a page's schema.org JSON-LD article node. */
export interface JsonLdArticle {
  headline: string | null;
  /** Every author named, in order. */
  authors: string[];
  datePublished: string | null;
  dateModified: string | null;
  publisher: string | null;
  inLanguage: string | null;
  /** The first image's URL, as written (may be relative). */
  image: string | null;
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

/** The names in a string, a `{ name }` object, or a list of either. */
function namesOf(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.flatMap(namesOf);
  if (isObject(value)) return namesOf(value.name);
  return [];
}

/** The first URL in a string, an `ImageObject` (`url` or `contentUrl`), or a list of either. */
function urlOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return value.map(urlOf).find((url) => url !== null) ?? null;
  if (isObject(value)) return urlOf(value.url) ?? urlOf(value.contentUrl);
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
        authors: namesOf(node.author),
        datePublished: stringOf(node.datePublished),
        dateModified: stringOf(node.dateModified),
        publisher: namesOf(node.publisher)[0] ?? null,
        inLanguage: stringOf(node.inLanguage),
        image: urlOf(node.image),
      };
    }
  }
  return null;
}
