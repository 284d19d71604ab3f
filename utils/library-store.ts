/**
 * The one module that owns the saved-articles library in `storage.local`: its keys, its schema
 * version, and every write. Keys:
 * - `dossier:schema`: the schema version the data was written with;
 * - `dossier:list:<xx>`: `{ [id]: IndexEntry }` for the ids starting `xx` (256 shards), small,
 *   for the library list: a save rewrites one shard, not an index that grows with the library;
 * - `dossier:search:<xx>`: `{ [id]: SearchEntry }`, actors and key claims, loaded after the list;
 * - `dossier:recent`: the newest saves' entries, what the library's first screen shows, so that it
 *   opens from one small read however large the library;
 * - `dossier:article:<id>`: one `SavedArticle` per article, with its versions;
 * - `dossier:note-options`: what an exported note includes (the settings page), `NoteOptions`;
 * - `dossier:toolbar-opens`: whether the toolbar button opens the popup or the side panel;
 * - in `storage.session`, `dossier:panel:<windowId>`: the tab the reader last asked that window's
 *   side panel to outline, forgotten when the browser closes.
 * Writes go through one queue, so two saves in one context never interleave their
 * read-modify-write of the index; the background script is the only writer across tabs.
 * An article is written before the index that lists it, so a failed write never leaves the
 * index pointing at nothing; what was stored before stays as it was.
 */
import { articleAddress } from './core/library/article-address';
import { mergeSaved } from './core/library/backup';
import { compareCaptures, type Revision, versionChanges } from './core/library/revision';
import {
  type IndexEntry,
  idOf,
  indexEntryOf,
  isSavedArticle,
  LIBRARY_SCHEMA,
  type SavedArticle,
  type SearchEntry,
  searchEntryOf,
  toStoredCapture,
} from './core/library/saved-article';
import { type NoteOptions, noteOptionsFrom } from './core/markdown/note-options';
import type { Article } from './core/types';
import { t } from './i18n';

export const SCHEMA_VERSION = LIBRARY_SCHEMA;
const SCHEMA_KEY = 'dossier:schema';
const articleKey = (id: string) => `dossier:article:${id}`;
/** Ids are eight hex digits; their first two pick one of 256 shards. */
const SHARDS = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const listKey = (shard: string) => `dossier:list:${shard}`;
const searchKey = (shard: string) => `dossier:search:${shard}`;
const shardOf = (id: string) => id.slice(0, 2);
const RECENT_KEY = 'dossier:recent';
const NOTE_OPTIONS_KEY = 'dossier:note-options';
/** How many of the newest saves the first screen shows. */
const FIRST_SCREEN = 50;

/** A storage failure, with one sentence for the reader. */
export class LibraryError extends Error {}

type Shard<T> = Record<string, T>;

let queue: Promise<unknown> = Promise.resolve();

/** Runs `task` after every write queued before it, whether those succeeded or not. */
function enqueue<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

async function read<T>(key: string): Promise<T | undefined> {
  const stored = await browser.storage.local.get(key);
  return stored[key] as T | undefined;
}

/** Writes `items`, turning a quota or storage error into a sentence the reader can act on. */
async function write(items: Record<string, unknown>): Promise<void> {
  try {
    await browser.storage.local.set(items);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new LibraryError(/quota/i.test(message) ? t('storageFull') : t('saveFailed', message));
  }
}

/** Refuses to write over data from a newer Dossier, and stamps new data with the schema. */
async function checkSchema(): Promise<void> {
  const stored = await read<number>(SCHEMA_KEY);
  if (stored !== undefined && stored > SCHEMA_VERSION) {
    throw new LibraryError(t('libraryNewer'));
  }
  if (stored === undefined) await write({ [SCHEMA_KEY]: SCHEMA_VERSION });
}

/** An index entry that is not one (a corrupted write, a foreign key) is skipped, not fatal. */
const isEntry = (value: unknown): value is IndexEntry =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as IndexEntry).id === 'string' &&
  typeof (value as IndexEntry).title === 'string' &&
  typeof (value as IndexEntry).address === 'string';

/** Every entry of the shards under `keyOf`, in one read. */
async function readShards<T>(keyOf: (shard: string) => string): Promise<Array<[string, T]>> {
  const stored = await browser.storage.local.get(SHARDS.map(keyOf));
  return Object.values(stored).flatMap((shard) =>
    typeof shard === 'object' && shard !== null ? Object.entries(shard as Shard<T>) : [],
  );
}

/** The library list, newest first, and how many entries could not be read. */
export async function loadIndex(): Promise<{ entries: IndexEntry[]; skipped: number }> {
  const values = (await readShards<unknown>(listKey)).map(([, entry]) => entry);
  const entries = values.filter(isEntry).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  return { entries, skipped: values.length - entries.length };
}

/** The newest saves, for the first screen; null when not recorded (the full list is then read). */
export async function loadRecent(): Promise<IndexEntry[] | null> {
  const recent = await read<unknown>(RECENT_KEY);
  return Array.isArray(recent) ? recent.filter(isEntry) : null;
}

/** Puts `entry` in the first screen's list, or takes `id` out of it and refills it from the index. */
async function updateRecent(id: string, entry: IndexEntry | null): Promise<void> {
  const recent = (await loadRecent()) ?? [];
  const others = recent.filter((e) => e.id !== id);
  const next =
    entry || others.length === recent.length ? [...(entry ? [entry] : []), ...others] : (await loadIndex()).entries;
  next.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  await write({ [RECENT_KEY]: next.slice(0, FIRST_SCREEN) });
}

/** Actors and key claims of every article, by id, for search and the actor filter. */
export async function loadSearch(): Promise<Map<string, SearchEntry>> {
  const entries = await readShards<SearchEntry>(searchKey);
  return new Map(
    entries.filter(([, e]) => Array.isArray(e?.actors) && Array.isArray(e?.keyClaims) && typeof e?.words === 'string'),
  );
}

/** The saved articles with these ids, in one read; null for one that is not there or cannot be read. */
export async function loadArticles(ids: string[]): Promise<Array<SavedArticle | null>> {
  const stored = await browser.storage.local.get(ids.map(articleKey));
  return ids.map((id) => {
    const saved = stored[articleKey(id)];
    return isSavedArticle(saved) ? saved : null;
  });
}

/** The saved article with this id, or null when there is none or it cannot be read. */
export async function loadArticle(id: string): Promise<SavedArticle | null> {
  return (await loadArticles([id]))[0] ?? null;
}

/** The id an address is stored under: its hash, or the next free one on a collision. */
async function idFor(address: string): Promise<{ id: string; existing: SavedArticle | null }> {
  for (let probe = 0; ; probe++) {
    const id = idOf(address, probe);
    const existing = await loadArticle(id);
    if (!existing || existing.address === address) return { id, existing };
  }
}

export interface SaveResult {
  entry: IndexEntry;
  /** False when the article was saved already: saving it again is a revisit. */
  created: boolean;
  revision: Revision | null;
}

/** Sets or (with `null`) removes one id in the list and search shards, in one write. */
async function updateShards(id: string, entry: IndexEntry | null, search: SearchEntry | null): Promise<void> {
  const shard = shardOf(id);
  const stored = await browser.storage.local.get([listKey(shard), searchKey(shard)]);
  const list = { ...((stored[listKey(shard)] as Shard<IndexEntry> | undefined) ?? {}) };
  const found = { ...((stored[searchKey(shard)] as Shard<SearchEntry> | undefined) ?? {}) };
  if (entry && search) {
    list[id] = entry;
    found[id] = search;
  } else {
    delete list[id];
    delete found[id];
  }
  await write({ [listKey(shard)]: list, [searchKey(shard)]: found });
}

async function store(saved: SavedArticle): Promise<IndexEntry> {
  const entry = indexEntryOf(saved);
  await write({ [articleKey(saved.id)]: saved });
  await updateShards(saved.id, entry, searchEntryOf(saved));
  await updateRecent(saved.id, entry);
  return entry;
}

/**
 * Saves `article` read from `url` at `now`. An article already saved (same address) is not
 * saved twice: the capture is compared with its latest version and kept as a new version only if
 * the text or the updated date really changed; otherwise it only counts as a check.
 */
export function saveArticle(article: Article, url: string, now: Date): Promise<SaveResult> {
  return enqueue(async () => {
    await checkSchema();
    const address = articleAddress(url, article.canonicalUrl);
    const { id, existing } = await idFor(address);
    const capturedAt = now.toISOString();
    const fresh = toStoredCapture(article);
    const version = { capturedAt, published: fresh.published, updated: fresh.updated };
    if (!existing) {
      const saved: SavedArticle = {
        id,
        address,
        savedAt: capturedAt,
        latest: fresh,
        versions: [{ ...version, changes: null }],
        lastCheckedAt: capturedAt,
        seenVersions: 1,
      };
      return { entry: await store(saved), created: true, revision: null };
    }
    const revision = compareCaptures(existing.latest, fresh);
    const versions = [...existing.versions, { ...version, changes: versionChanges(revision) }];
    // A copy-edit is recorded but never announced: when the reader had seen every version, they
    // have seen this one too, so no banner or badge appears for it.
    const allSeen = existing.seenVersions >= existing.versions.length;
    const updated: SavedArticle = revision.isNewVersion
      ? {
          ...existing,
          latest: fresh,
          versions,
          lastCheckedAt: capturedAt,
          seenVersions: !revision.substantive && allSeen ? versions.length : existing.seenVersions,
        }
      : { ...existing, lastCheckedAt: capturedAt };
    return { entry: await store(updated), created: false, revision };
  });
}

/** Removes an article and returns it, so that the reader can undo with `restoreArticle`. */
export function removeArticle(id: string): Promise<SavedArticle | null> {
  return enqueue(async () => {
    const saved = await loadArticle(id);
    await updateShards(id, null, null);
    await updateRecent(id, null);
    await browser.storage.local.remove(articleKey(id));
    return saved;
  });
}

/** Records that the reader has seen every version of an article (the update banner goes). */
export function markSeen(id: string): Promise<void> {
  return enqueue(async () => {
    const saved = await loadArticle(id);
    if (saved && saved.seenVersions < saved.versions.length) {
      await store({ ...saved, seenVersions: saved.versions.length });
    }
  });
}

/** Puts back an article that `removeArticle` returned. */
export function restoreArticle(saved: SavedArticle): Promise<IndexEntry> {
  return enqueue(() => store(saved));
}

/** Every saved article, for export; unreadable ones are left out. */
export async function loadAllArticles(): Promise<SavedArticle[]> {
  const { entries } = await loadIndex();
  const articles = await loadArticles(entries.map((entry) => entry.id));
  return articles.filter((a): a is SavedArticle => a !== null);
}

/**
 * Adds imported articles to the library. An article already saved is merged with its copy
 * (versions joined), so an import never loses what the library holds.
 */
export function importArticles(articles: SavedArticle[]): Promise<number> {
  return enqueue(async () => {
    await checkSchema();
    for (const imported of articles) {
      const { id, existing } = await idFor(imported.address);
      await store(existing ? mergeSaved(existing, imported) : { ...imported, id });
    }
    return articles.length;
  });
}

/** What exported notes include; the defaults until the reader changes them. */
export async function loadNoteOptions(): Promise<NoteOptions> {
  return noteOptionsFrom(await read<unknown>(NOTE_OPTIONS_KEY));
}

/** Keeps the reader's choice of what exported notes include. */
export function saveNoteOptions(options: NoteOptions): Promise<NoteOptions> {
  return enqueue(async () => {
    const clean = noteOptionsFrom(options);
    await write({ [NOTE_OPTIONS_KEY]: clean });
    return clean;
  });
}

/** What the toolbar button (and its shortcut) opens. */
export type ToolbarOpens = 'popup' | 'panel';
const TOOLBAR_KEY = 'dossier:toolbar-opens';

export async function loadToolbarOpens(): Promise<ToolbarOpens> {
  return (await read<unknown>(TOOLBAR_KEY)) === 'panel' ? 'panel' : 'popup';
}

export function saveToolbarOpens(opens: ToolbarOpens): Promise<void> {
  return enqueue(() => write({ [TOOLBAR_KEY]: opens }));
}

/** The tab a window's side panel outlines: the last one the reader asked about, and when. */
export interface PanelRequest {
  tabId: number;
  windowId: number;
  at: number;
}
const panelKey = (windowId: number) => `dossier:panel:${windowId}`;

export async function loadPanelRequest(windowId: number): Promise<PanelRequest | null> {
  const stored = await browser.storage.session.get(panelKey(windowId));
  return (stored[panelKey(windowId)] as PanelRequest | undefined) ?? null;
}

export function savePanelRequest(request: PanelRequest): Promise<void> {
  return browser.storage.session.set({ [panelKey(request.windowId)]: request });
}

/** Calls `listener` with each new request for the window's panel; returns what stops listening. */
export function onPanelRequest(windowId: number, listener: (request: PanelRequest) => void): () => void {
  const changed = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const request = changes[panelKey(windowId)]?.newValue as PanelRequest | undefined;
    if (area === 'session' && request) listener(request);
  };
  browser.storage.onChanged.addListener(changed);
  return () => browser.storage.onChanged.removeListener(changed);
}
