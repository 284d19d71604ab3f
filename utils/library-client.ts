/**
 * What extension pages do with the library: read it through `library-store`, and ask the
 * background script, its only writer, to change it.
 */
import { articleAddress } from './core/library/article-address';
import type { IndexEntry, SavedArticle, Version } from './core/library/saved-article';
import type { Article } from './core/types';
import { t } from './i18n';
import { loadArticle, loadIndex } from './library-store';
import type { LibraryRequest, LibraryResponse } from './messages';

/** Sends a request to the background script; a missing answer becomes a sentence too. */
export async function askLibrary(request: LibraryRequest): Promise<LibraryResponse> {
  try {
    const response = (await browser.runtime.sendMessage(request)) as LibraryResponse | undefined;
    return response ?? { ok: false, message: t('libraryNoAnswer') };
  } catch (error) {
    return { ok: false, message: t('libraryNoAnswerWhy', String(error)) };
  }
}

/** The saved entry for this article, if it is in the library. */
export async function findSaved(article: Article): Promise<IndexEntry | null> {
  const address = articleAddress(article.url, article.canonicalUrl);
  const { entries } = await loadIndex();
  return entries.find((entry) => entry.address === address) ?? null;
}

/** The updates of a saved article the reader has not seen yet, newest last. */
export interface UnseenUpdate {
  saved: SavedArticle;
  versions: Version[];
}

/** The updates the reader has not seen yet, or null when there are none. */
export async function unseenUpdate(id: string): Promise<UnseenUpdate | null> {
  const saved = await loadArticle(id);
  if (!saved || saved.seenVersions >= saved.versions.length) return null;
  return { saved, versions: saved.versions.slice(saved.seenVersions) };
}
