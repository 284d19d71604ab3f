import { useState } from 'preact/hooks';
import type { IndexEntry } from '@/utils/core/library/saved-article';
import { downloadFile } from '@/utils/download-file';
import { formatNumber, plural, t } from '@/utils/i18n';
import { libraryZip } from '@/utils/library-export';
import { loadIndex } from '@/utils/library-store';

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
    if (!entries.length) return setMessage(t('exportEmpty'));
    setProgress({ done: 0, total: entries.length });
    try {
      const { zip, skipped } = await libraryZip(entries, (done) => setProgress({ done, total: entries.length }));
      downloadFile(`dossier-notes-${new Date().toISOString().slice(0, 10)}.zip`, zip, 'application/zip');
      const exported = plural('notes', entries.length - skipped);
      setMessage(
        skipped ? t('exportedNotesSkipped', exported, plural('notesLeftOut', skipped)) : t('exportedNotes', exported),
      );
    } catch (error) {
      setMessage(t('notesFailed', String(error)));
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
        {selected.length ? t('exportSelected', formatNumber(selected.length)) : t('exportSelectedNone')}
      </button>
      <button type="button" class="button button--quiet" disabled={progress !== null} onClick={() => run(null)}>
        {t('exportAll')}
      </button>
      <button type="button" class="link-button" onClick={() => browser.runtime.openOptionsPage()}>
        {t('noteSettings')}
      </button>
      {progress && (
        <p class="notes-export__progress" role="status">
          <progress max={progress.total} value={progress.done} />{' '}
          {t('writingNotes', plural('notes', progress.total), formatNumber(progress.done))}
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
