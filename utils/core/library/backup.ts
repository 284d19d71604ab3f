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
 * Why a file is refused, as the key of the sentence that says so in the reader's language
 * (`_locales`), and for a damaged file the number of the first article that cannot be read.
 */
export type BackupRefusal =
  | { ok: false; reason: 'backupNotJson' | 'backupNotDossier' | 'backupNewer' | 'backupNoArticles' }
  | { ok: false; reason: 'backupDamaged'; article: number };

/**
 * The articles of an exported library file, or why the file is refused: not JSON, not a Dossier
 * library, from a newer Dossier, or with an article that is not one. A refused file changes
 * nothing.
 */
export function parseBackup(text: string): { ok: true; articles: SavedArticle[] } | BackupRefusal {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'backupNotJson' };
  }
  const backup = data as Partial<Backup>;
  if (typeof backup !== 'object' || backup === null || backup.format !== BACKUP_FORMAT) {
    return { ok: false, reason: 'backupNotDossier' };
  }
  if (typeof backup.schema !== 'number' || backup.schema > LIBRARY_SCHEMA) {
    return { ok: false, reason: 'backupNewer' };
  }
  if (!Array.isArray(backup.articles)) return { ok: false, reason: 'backupNoArticles' };
  const bad = backup.articles.findIndex((a) => !isSavedArticle(a));
  if (bad >= 0) return { ok: false, reason: 'backupDamaged', article: bad + 1 };
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
