import { useEffect, useRef, useState } from 'preact/hooks';
import { VersionHistory } from '@/components/VersionHistory';
import { formatInstant } from '@/utils/core/dates/format-date';
import type { IndexEntry, SavedArticle } from '@/utils/core/library/saved-article';
import { dateLocale, t } from '@/utils/i18n';
import { loadArticle } from '@/utils/library-store';

/** The one detail view's id, which the open entry's "Outline and versions" button controls. */
export const DETAIL_ID = 'entry-detail';

/** Wide enough for the list and the detail view beside it; the same width as in `style.css`. */
export const WIDE = '(min-width: 1000px)';

/** Whether the window now matches `query`. */
export function useMedia(query: string): boolean {
  const [matches, setMatches] = useState(() => matchMedia(query).matches);
  useEffect(() => {
    const media = matchMedia(query);
    const change = () => setMatches(media.matches);
    media.addEventListener('change', change);
    return () => media.removeEventListener('change', change);
  }, [query]);
  return matches;
}

/**
 * The one entry whose outline and versions are open, and its saved article once read. Closing,
 * by its button or by Escape, gives the focus back to the button that opened it.
 */
export function useOpenEntry() {
  const [open, setOpen] = useState<{ entry: IndexEntry; saved?: SavedArticle | null } | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const close = () => {
    setOpen(null);
    opener.current?.focus();
  };
  const show = async (entry: IndexEntry, button: HTMLElement) => {
    if (open?.entry.id === entry.id) return close();
    opener.current = button;
    setOpen({ entry });
    const saved = await loadArticle(entry.id);
    // Unless the reader has opened another meanwhile.
    setOpen((now) => (now?.entry.id === entry.id ? { entry, saved } : now));
  };
  /** Closes it without moving the focus, for an entry that is gone. */
  const forget = (entry: IndexEntry) => setOpen((now) => (now?.entry.id === entry.id ? null : now));
  useEffect(() => {
    if (!open) return;
    // Escape in a text box is the box's own (a search box clears itself); elsewhere it closes.
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && !(e.target instanceof HTMLInputElement) && close();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  return { open, show, close, forget };
}

interface DetailProps {
  entry: IndexEntry;
  /** Undefined while it is read; null when it could not be. */
  saved: SavedArticle | null | undefined;
  onClose: () => void;
}

/** One saved article's outline and versions, under its title, with a way to close them. */
export function EntryDetail({ entry, saved, onClose }: DetailProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The view opens away from the button (beside a long list): take the reader to it, title first.
  useEffect(() => heading.current?.focus(), [entry.id]);
  return (
    <section id={DETAIL_ID} class="detail" aria-labelledby={`${DETAIL_ID}-title`}>
      <div class="detail__header">
        <h2 id={`${DETAIL_ID}-title`} class="detail__title" tabIndex={-1} ref={heading}>
          {entry.title}
        </h2>
        <button type="button" class="action" onClick={onClose}>
          {t('close')}
          <span class="visually-hidden">{t('closeHidden')}</span>
        </button>
      </div>
      <p class="detail__meta">
        {[entry.site, t('savedOn', formatInstant(entry.savedAt, dateLocale()))].filter(Boolean).join(' · ')} ·{' '}
        <a href={entry.address} target="_blank" rel="noopener noreferrer">
          {t('openArticle')}
        </a>
      </p>
      {saved === undefined && <p class="detail__note">{t('readingSaved')}</p>}
      {saved === null && <p class="detail__note">{t('savedUnreadable')}</p>}
      {saved && <VersionHistory saved={saved} />}
    </section>
  );
}
