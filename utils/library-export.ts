/**
 * Notes of saved articles for the library page: one article's, or a zip of many. The notes are
 * written by the pure exporter in `core/export`; fflate is bundled only into this page.
 */
import { noteFileName, uniqueNoteFileNames } from './core/export/file-name';
import { savedNote, savedNoteFile } from './core/export/library-notes';
import { type NoteFile, zipNotes } from './core/export/zip-notes';
import type { IndexEntry } from './core/library/saved-article';
import { loadArticle, loadArticles, loadNoteOptions } from './library-store';
import type { NoteExport } from './page-note';

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
