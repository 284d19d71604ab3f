import { isSavedArticle, LIBRARY_SCHEMA, type SavedArticle, type Version } from './saved-article';

/** What an exported library file says it is, so that a foreign JSON file is recognised. */
export const BACKUP_FORMAT = 'dossier-library';

export interface Backup {
  format: typeof BACKUP_FORMAT;
  schema: number;
  exportedAt: string;
  articles: SavedArticle[];
}

export function toBackup(articles: SavedArticle[], now: Date): Backup {
  return { format: BACKUP_FORMAT, schema: LIBRARY_SCHEMA, exportedAt: now.toISOString(), articles };
}

/**
 * The articles of an exported library file, or why the file is refused: not JSON, not a Dossier
 * library, from a newer Dossier, or with an article that is not one. A refused file changes
 * nothing.
 */
export function parseBackup(text: string): { ok: true; articles: SavedArticle[] } | { ok: false; reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'This file is not a Dossier library: it is not JSON.' };
  }
  const backup = data as Partial<Backup>;
  if (typeof backup !== 'object' || backup === null || backup.format !== BACKUP_FORMAT) {
    return { ok: false, reason: 'This file is not a Dossier library export.' };
  }
  if (typeof backup.schema !== 'number' || backup.schema > LIBRARY_SCHEMA) {
    return {
      ok: false,
      reason: 'This library was exported by a newer version of Dossier; update Dossier to import it.',
    };
  }
  if (!Array.isArray(backup.articles)) return { ok: false, reason: 'This library file has no articles list.' };
  const bad = backup.articles.findIndex((a) => !isSavedArticle(a));
  if (bad >= 0) return { ok: false, reason: `This library file is damaged: article ${bad + 1} cannot be read.` };
  return { ok: true, articles: backup.articles };
}

/**
 * One article from two copies of it (the library's and an imported one): every version either
 * holds, once, in capture order, the latest capture of the two, the earlier save date, and what
 * the reader has seen in either.
 */
export function mergeSaved(mine: SavedArticle, theirs: SavedArticle): SavedArticle {
  const byTime = new Map<string, Version>();
  for (const v of [...mine.versions, ...theirs.versions]) if (!byTime.has(v.capturedAt)) byTime.set(v.capturedAt, v);
  const versions = [...byTime.values()].sort((a, b) => a.capturedAt.localeCompare(b.capturedAt));
  const newest = (a: SavedArticle) => a.versions[a.versions.length - 1].capturedAt;
  return {
    ...mine,
    latest: newest(theirs) > newest(mine) ? theirs.latest : mine.latest,
    savedAt: [mine.savedAt, theirs.savedAt].sort()[0],
    lastCheckedAt: [mine.lastCheckedAt, theirs.lastCheckedAt].sort()[1],
    versions,
    seenVersions: Math.min(versions.length, Math.max(mine.seenVersions, theirs.seenVersions)),
  };
}
