/** What Dossier reads from a page's schema.org JSON-LD: its article node, or else its page node. */
export interface JsonLdArticle {
  /** `article` when a node says the page is an article (Article, NewsArticle, BlogPosting, …). */
  kind: 'article' | 'page';
  /** The schema.org type of the node read ("NewsArticle", "WebPage"). */
  type: string;
  headline: string | null;
  /** Every author named, in order. */
  authors: string[];
  /** Those of `authors` that JSON-LD types as an organisation, not a person. */
  organisationAuthors: string[];
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

const typesOf = (node: JsonObject): string[] =>
  ([] as unknown[]).concat(node['@type'] ?? []).filter((t): t is string => typeof t === 'string');

/** Article, NewsArticle, BlogPosting, Report, SocialMediaPosting, …: a node that is an article. */
const ARTICLE_TYPE = /(Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|DiscussionForumPosting|^Report)$/;
/** Types of an author that is not a person. */
const ORGANISATION_TYPE =
  /(Organization|Corporation|NewsMediaOrganization|LocalBusiness|EducationalOrganization|GovernmentOrganization|NGO|Brand)$/;
/** A page node whose dates are the page's (WebPage, ItemPage, …), used when no article node has them. */
const PAGE_TYPE = /^(WebPage|ItemPage|AboutPage|ProfilePage|QAPage|MedicalWebPage)$/;

/**
 * Every object in a JSON-LD value, depth first: arrays, `@graph` lists and nested values
 * (`mainEntity`, `mainEntityOfPage`, `hasPart`), so that an article inside a WebPage is found.
 * Nodes under `comment`, `review`, `itemListElement`, `blogPost` or `hasPart` belong to other works
 * (a listing's posts, a reader's comment) and are skipped.
 */
function* nodesOf(value: unknown, depth = 0): Generator<JsonObject> {
  if (depth > 8) return;
  if (Array.isArray(value)) {
    for (const item of value) yield* nodesOf(item, depth + 1);
  } else if (isObject(value)) {
    yield value;
    for (const [key, child] of Object.entries(value)) {
      if (
        typeof child !== 'object' ||
        /^(comment|review|itemListElement|blogPost|hasPart|author|publisher|image)$/.test(key)
      )
        continue;
      yield* nodesOf(child, depth + 1);
    }
  }
}

/** The names in a string, a `{ name }` object, an `{ "@id" }` reference, or a list of these. */
function namesOf(value: unknown, byId: Map<string, JsonObject>): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.flatMap((item) => namesOf(item, byId));
  if (isObject(value)) {
    const target = value.name === undefined && typeof value['@id'] === 'string' ? byId.get(value['@id']) : value;
    const name = target?.name;
    return typeof name === 'string' ? namesOf(name, byId) : [];
  }
  return [];
}

/** The first URL in a string, an `ImageObject` (`url` or `contentUrl`), or a list of either. */
function urlOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return value.map(urlOf).find((url) => url !== null) ?? null;
  if (isObject(value)) return urlOf(value.url) ?? urlOf(value.contentUrl);
  return null;
}

const stringOf = (value: unknown): string | null => {
  if (Array.isArray(value)) return stringOf(value[0]);
  return typeof value === 'string' && value.trim() ? value.trim() : null;
};

/** Every node of every JSON-LD block. Malformed blocks are skipped, not fatal. */
function allNodes(doc: Document): JsonObject[] {
  const nodes: JsonObject[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      // Sites ship JSON-LD with raw newlines and tabs inside strings; JSON refuses them.
      nodes.push(...nodesOf(JSON.parse((script.textContent ?? '').replace(/[\n\r\t]+/g, ' '))));
    } catch {
      // One bad block (a trailing comma) must not hide another.
    }
  }
  return nodes;
}

/**
 * The page's JSON-LD article node (the first of an article type, in any shape: `@graph`, arrays,
 * nested `mainEntity`), with authors and publisher resolved through `@id` references; dates the
 * article node lacks are taken from the page's WebPage node (or a video's `uploadDate`). Without
 * an article node, the WebPage node itself, marked `kind: 'page'`. Null when there is neither.
 */
export function readJsonLdArticle(doc: Document): JsonLdArticle | null {
  const nodes = allNodes(doc);
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) if (typeof node['@id'] === 'string' && node.name) byId.set(node['@id'], node);
  const article = nodes.find((node) => typesOf(node).some((t) => ARTICLE_TYPE.test(t)));
  const page = nodes.find((node) => typesOf(node).some((t) => PAGE_TYPE.test(t)));
  const node = article ?? page;
  if (!node) return null;
  const video = nodes.find((n) => typesOf(n).includes('VideoObject'));
  const dated = (n: JsonObject | undefined) => stringOf(n?.datePublished) ?? stringOf(n?.dateCreated);
  const authors = namesOf(node.author, byId);
  const organisations = ([] as unknown[])
    .concat(node.author ?? [])
    .map((author) =>
      isObject(author) && typeof author['@id'] === 'string' && !author['@type'] ? byId.get(author['@id']) : author,
    )
    .filter(
      (author): author is JsonObject => isObject(author) && typesOf(author).some((t) => ORGANISATION_TYPE.test(t)),
    )
    .flatMap((author) => namesOf(author, byId));
  return {
    kind: article ? 'article' : 'page',
    type: typesOf(node)[0] ?? '',
    headline: stringOf(node.headline) ?? stringOf(node.name),
    authors: authors.length ? authors : namesOf(node.creator, byId),
    organisationAuthors: organisations,
    datePublished: dated(node) ?? dated(page) ?? stringOf(video?.uploadDate),
    dateModified: stringOf(node.dateModified) ?? stringOf(page?.dateModified),
    publisher: namesOf(node.publisher, byId)[0] ?? namesOf(page?.publisher, byId)[0] ?? null,
    inLanguage: stringOf(node.inLanguage) ?? stringOf(page?.inLanguage),
    image: urlOf(node.image),
  };
}
