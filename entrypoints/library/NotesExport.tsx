import { useState } from 'preact/hooks';
import type { IndexEntry } from '@/utils/core/library/saved-article';
import { downloadFile } from '@/utils/download-file';
import { libraryZip } from '@/utils/library-export';
import { loadIndex } from '@/utils/library-store';

const notes = (n: number) => `${n.toLocaleString()} note${n === 1 ? '' : 's'}`;

/**
 * Markdown export of the selected articles or the whole library, as one `.zip` of notes, with a
 * progress bar while a large library is written.
 */
export function NotesExport({ selected }: { selected: IndexEntry[] }) {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const run = async (chosen: IndexEntry[] | null) => {
    setMessage(null);
    // "All" reads the whole index: the page may so far show only the newest saves.
    const entries = chosen ?? (await loadIndex()).entries;
    if (!entries.length) return setMessage('Your library is empty: there is nothing to export yet.');
    setProgress({ done: 0, total: entries.length });
    try {
      const { zip, skipped } = await libraryZip(entries, (done) => setProgress({ done, total: entries.length }));
      downloadFile(`dossier-notes-${new Date().toISOString().slice(0, 10)}.zip`, zip, 'application/zip');
      const unread = skipped ? `; ${skipped} could not be read and are left out` : '';
      setMessage(`Exported ${notes(entries.length - skipped)} as Markdown${unread}.`);
    } catch (error) {
      setMessage(`Dossier could not write the notes (${String(error)}). Nothing was downloaded.`);
    } finally {
      setProgress(null);
    }
  };

  return (
    <div class="notes-export">
      <button
        type="button"
        class="button button--quiet"
        disabled={!selected.length || progress !== null}
        onClick={() => run(selected)}
      >
        Export {selected.length ? `${selected.length} selected` : 'selected'} as Markdown
      </button>
      <button type="button" class="button button--quiet" disabled={progress !== null} onClick={() => run(null)}>
        Export all as Markdown
      </button>
      <button type="button" class="link-button" onClick={() => browser.runtime.openOptionsPage()}>
        Note settings
      </button>
      {progress && (
        <p class="notes-export__progress" role="status">
          <progress max={progress.total} value={progress.done} /> Writing {notes(progress.total)}:{' '}
          {progress.done.toLocaleString()} done
        </p>
      )}
      {message && (
        <p class="notes-export__message" role="status">
          {message}
        </p>
      )}
    </div>
  );
}
