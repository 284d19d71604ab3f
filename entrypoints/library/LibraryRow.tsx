import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { formatArticleDate, formatInstant } from '@/utils/core/dates/format-date';
import { originPattern } from '@/utils/core/library/article-address';
import type { IndexEntry } from '@/utils/core/library/saved-article';
import { downloadFile } from '@/utils/download-file';
import { dateLocale, quoted, t } from '@/utils/i18n';
import { savedArticleNote } from '@/utils/library-export';
import { DETAIL_ID } from './EntryDetail';

interface RowProps {
  entry: IndexEntry;
  actors: string[];
  selected: boolean;
  /** Whether this entry's outline and versions are the ones shown. */
  open: boolean;
  onSelect: (entry: IndexEntry, selected: boolean) => void;
  onOpen: (entry: IndexEntry, button: HTMLElement) => void;
  onRemove: (entry: IndexEntry) => void;
  /** The outline and versions, on narrow screens where they open in place under the entry. */
  children?: ComponentChildren;
}

/** Downloads one saved article's note. */
async function exportNote(entry: IndexEntry) {
  const note = await savedArticleNote(entry.id);
  if (note) downloadFile(note.name, note.text, 'text/markdown');
}

/**
 * Text for screen readers only: it tells a list of identical "Delete" buttons apart, while what
 * is seen stays short and starts the name, so speech control ("click Delete") still finds it.
 */
const Unseen = ({ children }: { children: ComponentChildren }) => <span class="visually-hidden">{children}</span>;

/** One saved article: title, dates, actors, and its actions. */
export function LibraryRow({ entry, actors, selected, open, onSelect, onOpen, onRemove, children }: RowProps) {
  const updated = entry.versions > entry.seenVersions;
  const article = quoted(entry.title);
  const locale = dateLocale();
  return (
    <li class={open ? 'entry entry--open' : 'entry'}>
      <input
        type="checkbox"
        class="entry__select"
        aria-label={t('selectArticle', article)}
        checked={selected}
        onChange={(e) => onSelect(entry, (e.target as HTMLInputElement).checked)}
      />
      <div class="entry__body">
        <a class="entry__title" href={entry.address} target="_blank" rel="noopener noreferrer">
          {entry.title}
        </a>
        {updated && <span class="badge badge--updated">{t('updatedSinceSaved')}</span>}
        <p class="entry__meta">
          {[
            entry.site,
            entry.published && t('published', formatArticleDate(entry.published, locale)),
            entry.updated && t('updated', formatArticleDate(entry.updated, locale)),
            t('savedOn', formatInstant(entry.savedAt, locale)),
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        {actors.length > 0 && <p class="entry__actors">{actors.slice(0, 12).join(', ')}</p>}
        <div class="entry__actions">
          <button
            type="button"
            class="action"
            aria-expanded={open}
            aria-controls={open ? DETAIL_ID : undefined}
            onClick={(e) => onOpen(entry, e.currentTarget)}
          >
            {t('outlineAndVersions')}
            <Unseen>{t('ofArticleHidden', article)}</Unseen>
          </button>
          <button type="button" class="action" onClick={() => exportNote(entry)}>
            {t('downloadMd')}
            <Unseen>{t('ofArticleHidden', article)}</Unseen>
          </button>
          <button type="button" class="action action--danger" onClick={() => onRemove(entry)}>
            {t('delete')}
            <Unseen>{t('deleteHidden', article)}</Unseen>
          </button>
          <WatchButton address={entry.address} article={article} />
        </div>
        {children}
      </div>
    </li>
  );
}

/**
 * Whether Dossier may re-read this site in the background; pressing asks the browser for the
 * site's permission (the reader's click is what lets the browser ask).
 */
function WatchButton({ address, article }: { address: string; article: string }) {
  const origins = [originPattern(address)];
  const [watching, setWatching] = useState<boolean | null>(null);
  useEffect(() => {
    browser.permissions.contains({ origins }).then(setWatching, () => setWatching(false));
  }, [address]);
  if (watching === null) return null;
  if (watching) return <span class="entry__watching">{t('watching')}</span>;
  const watch = () => browser.permissions.request({ origins }).then(setWatching, () => setWatching(false));
  return (
    <button type="button" class="action" onClick={watch}>
      {t('watchSite')}
      <Unseen>{t('watchHidden', article)}</Unseen>
    </button>
  );
}
