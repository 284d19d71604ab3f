/**
 * Exporting notes from extension pages: the page's note for the popup, one saved article or a
 * zip of many for the library page, and handing a file to the browser's downloads. The notes
 * themselves are written by the pure exporter in `core/markdown` and `core/export`.
 */
import { noteFileName, uniqueNoteFileNames } from './core/export/file-name';
import { savedNote, savedNoteFile } from './core/export/library-notes';
import { type NoteFile, zipNotes } from './core/export/zip-notes';
import type { IndexEntry } from './core/library/saved-article';
import { articleNote } from './core/markdown/article-note';
import type { Article } from './core/types';
import { findSaved } from './library-client';
import { loadArticle, loadArticles, loadNoteOptions } from './library-store';

/** A note and the file name it is downloaded as. */
export interface NoteExport {
  name: string;
  text: string;
}

/**
 * The page's note with the reader's options; for a saved article, with what its updates
 * changed. Turndown is loaded only when the note includes the article's text.
 */
export async function pageNote(article: Article, now: Date): Promise<NoteExport> {
  const options = await loadNoteOptions();
  const entry = await findSaved(article);
  const saved = entry ? await loadArticle(entry.id) : null;
  const body = options.article ? (await import('./core/markdown/article-body')).articleBody(article.html) : null;
  const text = articleNote({ article, captured: now.toISOString(), versions: saved?.versions, body }, options);
  return { name: noteFileName(article.title), text };
}

/** One saved article's note, or null when it can no longer be read. */
export async function savedArticleNote(id: string): Promise<NoteExport | null> {
  const [saved, options] = await Promise.all([loadArticle(id), loadNoteOptions()]);
  return saved && { name: noteFileName(saved.latest.title), text: savedNote(saved, options) };
}

/** How many saved articles are read from storage at a time while zipping. */
const BATCH = 50;

/**
 * The notes of these saved articles as one zip, read a batch at a time so that a library of
 * thousands never sits in memory at once. `onProgress` is told how many entries are done;
 * entries that cannot be read are counted and left out.
 */
export async function libraryZip(
  entries: IndexEntry[],
  onProgress: (done: number) => void,
): Promise<{ zip: Uint8Array; skipped: number }> {
  const options = await loadNoteOptions();
  const names = uniqueNoteFileNames(entries.map((entry) => entry.title));
  let skipped = 0;
  const load = (start: number) => loadArticles(entries.slice(start, start + BATCH).map((entry) => entry.id));
  async function* files(): AsyncGenerator<NoteFile> {
    let next = load(0);
    for (let start = 0; start < entries.length; start += BATCH) {
      const batch = await next;
      // The next batch is read while this one is written: storage reads are most of the time.
      if (start + BATCH < entries.length) next = load(start + BATCH);
      for (const [i, saved] of batch.entries()) {
        if (saved) yield savedNoteFile(saved, names[start + i] as string, options);
        else skipped++;
      }
    }
  }
  const zip = await zipNotes(files(), (done) => onProgress(done + skipped));
  return { zip, skipped };
}

/**
 * Hands a file to the browser's downloads, with no permission: a link with `download`. In a
 * Firefox popup the file is a `data:` URL, because the popup closes when the save dialog opens
 * and a `blob:` URL dies with it.
 */
export function downloadFile(name: string, data: string | Uint8Array, type: string): void {
  const link = document.createElement('a');
  link.download = name;
  if (import.meta.env.FIREFOX && typeof data === 'string') {
    link.href = `data:${type};charset=utf-8,${encodeURIComponent(data)}`;
    link.click();
    return;
  }
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type }));
  link.href = url;
  link.click();
  // Not revoked at once: the download may still be reading it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
