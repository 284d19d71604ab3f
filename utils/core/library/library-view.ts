import { fold } from '../text/fold';
import type { IndexEntry, SearchEntry } from './saved-article';

export type LibrarySort = 'saved' | 'updated';

export interface LibraryQuery {
  /** Words to find in the title, site, actors, key claims or text; all must match. */
  text: string;
  site: string | null;
  actor: string | null;
  sort: LibrarySort;
}

/** An entry with its search text folded once, so a keystroke only scans prepared strings. */
export interface PreparedEntry {
  entry: IndexEntry;
  actors: string[];
  haystack: string;
  /** What "last update" sorts by: the article's updated date, else its latest capture. */
  lastUpdate: string;
}

/**
 * Entries ready for search. Until the search entries have loaded (`search` empty), only titles
 * and sites are searched.
 */
export function prepareEntries(entries: IndexEntry[], search: Map<string, SearchEntry>): PreparedEntry[] {
  return entries.map((entry) => {
    const found = search.get(entry.id);
    return {
      entry,
      actors: found?.actors ?? [],
      haystack: fold(
        [entry.title, entry.site ?? '', ...(found?.actors ?? []), ...(found?.keyClaims ?? []), found?.words ?? ''].join(
          '\n',
        ),
      ),
      lastUpdate: entry.updated?.iso ?? entry.lastVersionAt,
    };
  });
}

/** The entries newest first by the chosen date (ties by title): sorted once per sort, not per keystroke. */
export function sortLibrary(prepared: PreparedEntry[], sort: LibrarySort): PreparedEntry[] {
  const key = (p: PreparedEntry) => (sort === 'saved' ? p.entry.savedAt : p.lastUpdate);
  return [...prepared].sort((a, b) => key(b).localeCompare(key(a)) || a.entry.title.localeCompare(b.entry.title));
}

/** The entries of `sorted` that match `query`, in its order. */
export function filterLibrary(sorted: PreparedEntry[], query: Omit<LibraryQuery, 'sort'>): IndexEntry[] {
  const words = fold(query.text).split(/\s+/).filter(Boolean);
  return sorted
    .filter(
      ({ entry, actors, haystack }) =>
        (!query.site || entry.site === query.site) &&
        (!query.actor || actors.includes(query.actor)) &&
        words.every((word) => haystack.includes(word)),
    )
    .map((p) => p.entry);
}

/** The sites and actors to filter by, most common first. */
export function facets(prepared: PreparedEntry[]): { sites: string[]; actors: string[] } {
  const tally = (values: string[]) => {
    const counts = new Map<string, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([v]) => v);
  };
  return {
    sites: tally(prepared.flatMap((p) => (p.entry.site ? [p.entry.site] : []))),
    actors: tally(prepared.flatMap((p) => p.actors)),
  };
}
