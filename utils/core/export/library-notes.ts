import type { SavedArticle } from '../library/saved-article';
import { articleNote } from '../markdown/article-note';
import type { NoteOptions } from '../markdown/note-options';
import { textBody } from '../markdown/text-body';
import type { NoteFile } from './zip-notes';

/** When the latest version of a saved article was captured. */
const capturedAt = (saved: SavedArticle): string => saved.versions.at(-1)?.capturedAt ?? saved.savedAt;

/**
 * A saved article as a note: its latest capture, with the changes of every version. The library
 * keeps no HTML, so "## Article" is the saved text, one paragraph per block.
 */
export function savedNote(saved: SavedArticle, options: NoteOptions): string {
  return articleNote(
    {
      article: saved.latest,
      captured: capturedAt(saved),
      versions: saved.versions,
      body: options.article ? textBody(saved.latest.text) : null,
    },
    options,
  );
}

/** A saved article as a file of an export, named `name`, dated when it was last captured. */
export const savedNoteFile = (saved: SavedArticle, name: string, options: NoteOptions): NoteFile => ({
  name,
  text: savedNote(saved, options),
  modified: new Date(capturedAt(saved)),
});
