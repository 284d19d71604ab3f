import { useEffect, useState } from 'preact/hooks';
import { VersionHistory } from '@/components/VersionHistory';
import { formatArticleDate, formatInstant } from '@/utils/core/dates/format-date';
import { originPattern } from '@/utils/core/library/article-address';
import type { IndexEntry, SavedArticle } from '@/utils/core/library/saved-article';
import { downloadFile } from '@/utils/download-file';
import { savedArticleNote } from '@/utils/library-export';
import { loadArticle } from '@/utils/library-store';

interface RowProps {
  entry: IndexEntry;
  actors: string[];
  selected: boolean;
  onSelect: (entry: IndexEntry, selected: boolean) => void;
  onRemove: (entry: IndexEntry) => void;
}

/** Downloads one saved article's note. */
async function exportNote(entry: IndexEntry) {
  const note = await savedArticleNote(entry.id);
  if (note) downloadFile(note.name, note.text, 'text/markdown');
}

/** One saved article: title, dates, actors, its outline and versions on demand, and its actions. */
export function LibraryRow({ entry, actors, selected, onSelect, onRemove }: RowProps) {
  const [saved, setSaved] = useState<SavedArticle | null>(null);
  const updated = entry.versions > entry.seenVersions;
  const toggle = async () => setSaved(saved ? null : await loadArticle(entry.id));
  return (
    <li class="entry">
      <input
        type="checkbox"
        class="entry__select"
        aria-label={`Select “${entry.title}”`}
        checked={selected}
        onChange={(e) => onSelect(entry, (e.target as HTMLInputElement).checked)}
      />
      <a class="entry__title" href={entry.address} target="_blank" rel="noopener noreferrer">
        {entry.title}
      </a>
      {updated && <span class="badge badge--updated">updated since you saved</span>}
      <p class="entry__meta">
        {[
          entry.site,
          entry.published && `Published ${formatArticleDate(entry.published)}`,
          entry.updated && `Updated ${formatArticleDate(entry.updated)}`,
          `Saved ${formatInstant(entry.savedAt)}`,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {actors.length > 0 && <p class="entry__actors">{actors.slice(0, 12).join(', ')}</p>}
      <p class="entry__actions">
        <button type="button" class="link-button" onClick={toggle} aria-expanded={saved !== null}>
          {saved ? 'Hide outline and versions' : 'Outline and versions'}
        </button>{' '}
        <button type="button" class="link-button" onClick={() => exportNote(entry)}>
          Download .md
        </button>{' '}
        <button type="button" class="link-button" onClick={() => onRemove(entry)}>
          Delete
        </button>{' '}
        <WatchButton address={entry.address} />
      </p>
      {saved && <VersionHistory saved={saved} />}
    </li>
  );
}

/**
 * Whether Dossier may re-read this site in the background; pressing asks the browser for the
 * site's permission (the reader's click is what lets the browser ask).
 */
function WatchButton({ address }: { address: string }) {
  const origins = [originPattern(address)];
  const [watching, setWatching] = useState<boolean | null>(null);
  useEffect(() => {
    browser.permissions.contains({ origins }).then(setWatching, () => setWatching(false));
  }, [address]);
  if (watching === null) return null;
  if (watching) return <span class="entry__watching">Watching this site for updates</span>;
  const watch = () => browser.permissions.request({ origins }).then(setWatching, () => setWatching(false));
  return (
    <button type="button" class="link-button" onClick={watch}>
      Watch this site for updates
    </button>
  );
}
