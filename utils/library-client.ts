/**
 * What extension pages do with the library: read it through `library-store`, and ask the
 * background script, its only writer, to change it.
 */
import { articleAddress } from './core/library/article-address';
import { compareCaptures, type Revision } from './core/library/revision';
import type { IndexEntry, SavedArticle } from './core/library/saved-article';
import type { Article } from './core/types';
import { loadArticle, loadIndex } from './library-store';
import type { LibraryRequest, LibraryResponse } from './messages';

/** Sends a request to the background script; a missing answer becomes a sentence too. */
export async function askLibrary(request: LibraryRequest): Promise<LibraryResponse> {
  try {
    const response = (await browser.runtime.sendMessage(request)) as LibraryResponse | undefined;
    return response ?? { ok: false, message: 'Dossier’s library did not answer; try again.' };
  } catch (error) {
    return { ok: false, message: `Dossier’s library did not answer (${String(error)}).` };
  }
}

/** The saved entry for this article, if it is in the library. */
export async function findSaved(article: Article): Promise<IndexEntry | null> {
  const address = articleAddress(article.url, article.canonicalUrl);
  const { entries } = await loadIndex();
  return entries.find((entry) => entry.address === address) ?? null;
}

/** An update the reader has not seen: the version they saw against the latest. */
export interface UnseenUpdate {
  saved: SavedArticle;
  revision: Revision;
}

/** The update of a saved article the reader has not seen yet, or null. */
export async function unseenUpdate(id: string): Promise<UnseenUpdate | null> {
  const saved = await loadArticle(id);
  if (!saved || saved.seenVersions >= saved.versions.length) return null;
  const seen = saved.versions[saved.seenVersions - 1].article;
  const latest = saved.versions[saved.versions.length - 1].article;
  return { saved, revision: compareCaptures(seen, latest) };
}
