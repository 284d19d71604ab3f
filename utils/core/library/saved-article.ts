import { textWords } from '../extract/block-text';
import type { Article, ArticleDate } from '../types';
import type { ChangeReason } from './change-reason';

/** The version of the library's stored form; `library-store` migrates older data to it. */
export const LIBRARY_SCHEMA = 1;

/** The stored form of one capture: the article without its HTML, which the library never shows. */
export type StoredCapture = Omit<Article, 'html'>;

/** A claim's sentence before and after an update, and whether the update changes what it says. */
export interface StoredClaimChange {
  before: string;
  after: string;
  /** Absent in versions saved before Dossier told copy-edits apart: read as substantive. */
  substantive?: boolean;
  reason?: ChangeReason;
}

/**
 * What one update changed, kept instead of the old version itself: the library shows changes,
 * and a full copy of every version would triple what a saved article costs to store. The
 * optional fields came later; a version saved without them reads as it always did.
 */
export interface VersionChanges {
  textChanged: boolean;
  updatedMoved: boolean;
  /** It changes what the article says (`Revision.substantive`); absent in older versions: read as true. */
  substantive?: boolean;
  claims: {
    added: string[];
    removed: string[];
    changed: StoredClaimChange[];
    /** Claims added or removed that only say again what the other version says elsewhere. */
    restated?: { added: string[]; removed: string[] };
  };
  sections: { added: string[]; removed: string[] };
  /** A figure or date that changed outside the claims. */
  figures?: ChangeReason;
  /** How many paragraphs of new content came and went outside the claims. */
  paragraphs?: { added: number; removed: number };
}

/** Does an update change what the article says? Versions saved before the distinction existed did, as far as the reader was told. */
export const isSubstantive = (changes: VersionChanges) => changes.substantive ?? true;

/** An older version's claim change, which was always announced, counts as substantive. */
export const isSubstantiveChange = (change: StoredClaimChange) => change.substantive ?? true;

/** One version of a saved article: when it was captured, its dates, and what it changed. */
export interface Version {
  capturedAt: string;
  published: ArticleDate | null;
  updated: ArticleDate | null;
  /** What changed against the version before; null for the version first saved. */
  changes: VersionChanges | null;
}

/** A saved article: its latest capture in full, and each version's changes, oldest first. */
export interface SavedArticle {
  id: string;
  /** The address it is known by (`articleAddress`). */
  address: string;
  savedAt: string;
  latest: StoredCapture;
  versions: Version[];
  /** The last time Dossier captured it, changed or not (ISO). */
  lastCheckedAt: string;
  /** How many versions the reader has seen; fewer than `versions.length` means an unseen update. */
  seenVersions: number;
}

/** What the library list needs of an article, kept small so the list opens fast. */
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
  /** When the latest version was captured (ISO): with `updated`, what "last update" sorts by. */
  lastVersionAt: string;
}

/** What search and the actor filter need of an article, loaded after the list is on screen. */
export interface SearchEntry {
  /** The actors' names, most salient first: enough to find the article by any named actor. */
  actors: string[];
  /** The key claims' sentences. */
  keyClaims: string[];
  /** The distinct longer words of the text, so a search finds what the article says anywhere. */
  words: string;
}

/** How many actors the search entry keeps per article. */
const SEARCH_ACTORS = 30;

export function toStoredCapture(article: Article): StoredCapture {
  const { html: _, ...rest } = article;
  return rest;
}

export function indexEntryOf(saved: SavedArticle): IndexEntry {
  const { latest } = saved;
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
    lastVersionAt: (saved.versions.at(-1) as Version).capturedAt,
  };
}

/** Words shorter than this are left out of the text's search words: "the", "and", "was". */
const MIN_SEARCH_WORD = 4;

export function searchEntryOf(saved: SavedArticle): SearchEntry {
  const words = new Set(textWords(saved.latest.text.toLowerCase()).filter((w) => w.length >= MIN_SEARCH_WORD));
  return {
    actors: saved.latest.actors.slice(0, SEARCH_ACTORS).map((a) => a.name),
    keyClaims: saved.latest.claims.filter((c) => c.key).map((c) => c.text),
    words: [...words].join(' '),
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

const isString = (v: unknown): v is string => typeof v === 'string';

function isVersion(value: unknown): value is Version {
  const v = value as Version;
  return (
    typeof v === 'object' &&
    v !== null &&
    isString(v.capturedAt) &&
    (v.changes === null || typeof v.changes === 'object')
  );
}

function isCapture(value: unknown): value is SavedArticle['latest'] {
  const a = value as SavedArticle['latest'];
  return (
    typeof a === 'object' &&
    a !== null &&
    isString(a.title) &&
    isString(a.text) &&
    Array.isArray(a.sections) &&
    Array.isArray(a.actors) &&
    Array.isArray(a.claims)
  );
}

/**
 * Is this a saved article as the library writes it? Checked wherever one comes from outside the
 * code's control: a storage entry (it may be corrupted) or an imported file.
 */
export function isSavedArticle(value: unknown): value is SavedArticle {
  const a = value as SavedArticle;
  return (
    typeof a === 'object' &&
    a !== null &&
    isString(a.id) &&
    isString(a.address) &&
    isString(a.savedAt) &&
    isString(a.lastCheckedAt) &&
    typeof a.seenVersions === 'number' &&
    Array.isArray(a.versions) &&
    a.versions.length > 0 &&
    a.versions.every(isVersion) &&
    isCapture(a.latest)
  );
}
