/** The popup's note for the page it outlines, written by the pure exporter in `core/markdown`. */
import { noteFileName } from './core/export/file-name';
import { articleNote } from './core/markdown/article-note';
import type { Article } from './core/types';
import { findSaved } from './library-client';
import { loadArticle, loadNoteOptions } from './library-store';

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
