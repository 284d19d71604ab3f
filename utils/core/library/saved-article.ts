import type { Article, ArticleDate } from '../types';

/** The version of the library's stored form; `library-store` migrates older data to it. */
export const LIBRARY_SCHEMA = 1;

/** The stored form of one capture: the article without its HTML, which the library never shows. */
export type StoredCapture = Omit<Article, 'html'>;

/** One version of a saved article: what the page said when Dossier captured it. */
export interface Version {
  capturedAt: string;
  article: StoredCapture;
}

/** A saved article: its versions, oldest first, and when Dossier last looked at it. */
export interface SavedArticle {
  id: string;
  /** The address it is known by (`articleAddress`). */
  address: string;
  savedAt: string;
  versions: Version[];
  /** The last time a revisit found no change (ISO). */
  lastCheckedAt: string;
  /** How many versions the reader has seen; fewer than `versions.length` means an unseen update. */
  seenVersions: number;
}

/** What the library list needs of an article, kept small in the index. */
export interface IndexEntry {
  id: string;
  address: string;
  title: string;
  site: string | null;
  savedAt: string;
  published: ArticleDate | null;
  updated: ArticleDate | null;
  versions: number;
  seenVersions: number;
  /** The most salient actors' names, for filtering and search. */
  actors: string[];
  /** The key claims' sentences, for search. */
  keyClaims: string[];
  /** When the latest version was captured (ISO): with `updated`, what "last update" sorts by. */
  lastVersionAt: string;
}

/** How many actors the index keeps per article: enough to find it by any named actor. */
const INDEX_ACTORS = 30;

export function toStoredCapture(article: Article): StoredCapture {
  const { html: _, ...rest } = article;
  return rest;
}

export function indexEntryOf(saved: SavedArticle): IndexEntry {
  const latest = saved.versions[saved.versions.length - 1].article;
  return {
    id: saved.id,
    address: saved.address,
    title: latest.title,
    site: latest.site,
    savedAt: saved.savedAt,
    published: latest.published,
    updated: latest.updated,
    versions: saved.versions.length,
    seenVersions: saved.seenVersions,
    actors: latest.actors.slice(0, INDEX_ACTORS).map((a) => a.name),
    keyClaims: latest.claims.filter((c) => c.key).map((c) => c.text),
    lastVersionAt: saved.versions[saved.versions.length - 1].capturedAt,
  };
}

/**
 * A short, stable id for an address (FNV-1a, 32 bits, hex). Collisions are detected by the
 * storage module, which keeps the address in the entry and probes the next id.
 */
export function idOf(address: string, probe = 0): string {
  let hash = 0x811c9dc5;
  for (const char of `${address}#${probe}`) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
