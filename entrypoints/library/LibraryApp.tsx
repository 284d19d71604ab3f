import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { parseBackup, toBackup } from '@/utils/core/library/backup';
import {
  facets,
  filterLibrary,
  type LibrarySort,
  prepareEntries,
  sortLibrary,
} from '@/utils/core/library/library-view';
import type { IndexEntry, SavedArticle, SearchEntry } from '@/utils/core/library/saved-article';
import { downloadFile } from '@/utils/download-file';
import { formatNumber, plural, quoted, t } from '@/utils/i18n';
import { askLibrary } from '@/utils/library-client';
import { loadAllArticles, loadIndex, loadRecent, loadSearch } from '@/utils/library-store';
import { EntryDetail, useMedia, useOpenEntry, WIDE } from './EntryDetail';
import { LibraryRow } from './LibraryRow';
import { NotesExport } from './NotesExport';

/** Performance marks: the list first on screen, and search over actors and claims ready. */
const LIST_PAINTED = 'dossier:library-list-painted';
const SEARCH_READY = 'dossier:library-search-ready';

/** The list shows this many at a time, so it does not grow with the library. */
const PAGE = 50;

/** A filter over one facet: "All …" or one of its values. */
function FilterSelect(props: {
  label: string;
  all: string;
  options: string[];
  value: string | null;
  onChange: (value: string | null) => void;
}) {
  return (
    <select
      aria-label={props.label}
      value={props.value ?? ''}
      onChange={(e) => props.onChange((e.target as HTMLSelectElement).value || null)}
    >
      <option value="">{props.all}</option>
      {props.options.map((option) => (
        <option key={option}>{option}</option>
      ))}
    </select>
  );
}

/** The library page: every saved article, searchable and filterable, with export and import. */
export function LibraryApp() {
  const [entries, setEntries] = useState<IndexEntry[] | null>(null);
  const [search, setSearch] = useState<Map<string, SearchEntry>>(new Map());
  const [skipped, setSkipped] = useState(0);
  const [text, setText] = useState('');
  const [site, setSite] = useState<string | null>(null);
  const [actor, setActor] = useState<string | null>(new URLSearchParams(location.search).get('actor'));
  const [sort, setSort] = useState<LibrarySort>('saved');
  const [shown, setShown] = useState(PAGE);
  const [notice, setNotice] = useState<{ message: string; undo?: SavedArticle } | null>(null);
  // A deletion takes its button away with the entry: the focus goes to its Undo, not to the page.
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => undoButton.current?.focus(), [notice]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const select = (entry: IndexEntry, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(entry.id);
    else next.delete(entry.id);
    setSelected(next);
  };

  // One entry's outline and versions at a time: beside the list on a wide screen, where opening
  // them does not move the list, or in place under the entry on a narrow one.
  const wide = useMedia(WIDE);
  const { open, show, close, forget } = useOpenEntry();
  const detail = open && <EntryDetail entry={open.entry} saved={open.saved} onClose={close} />;

  const [complete, setComplete] = useState(false);
  const reload = () =>
    loadIndex().then(({ entries: loaded, skipped: bad }) => {
      setEntries(loaded);
      setSkipped(bad);
      setComplete(true);
    });
  useEffect(() => {
    // The newest saves first, from one small read; the whole list right after.
    loadRecent().then((recent) => (recent ? setEntries(recent) : reload()));
  }, []);
  // The list first, on screen at once; actors and claims for search and filters once it is
  // painted. `bench:library` reads the mark to time the first render.
  const listShown = entries !== null;
  useEffect(() => {
    if (!listShown) return;
    requestAnimationFrame(() =>
      setTimeout(() => {
        performance.mark(LIST_PAINTED);
        (complete ? Promise.resolve() : reload()).then(loadSearch).then((loaded) => {
          setSearch(loaded);
          performance.mark(SEARCH_READY);
        });
      }),
    );
  }, [listShown]);

  const prepared = useMemo(() => prepareEntries(entries ?? [], search), [entries, search]);
  const options = useMemo(() => facets(prepared), [prepared]);
  const sorted = useMemo(() => sortLibrary(prepared, sort), [prepared, sort]);
  const results = useMemo(() => filterLibrary(sorted, { text, site, actor }), [sorted, text, site, actor]);

  // Derived once per selection, not on every keystroke's render of a library of thousands.
  const chosen = useMemo(() => (entries ?? []).filter((entry) => selected.has(entry.id)), [entries, selected]);

  const reloadAll = () => reload().then(() => loadSearch().then(setSearch));
  const remove = async (entry: IndexEntry) => {
    const response = await askLibrary({ type: 'library:remove', id: entry.id });
    if (!response.ok) return setNotice({ message: response.message });
    forget(entry);
    if (response.type === 'removed' && response.saved)
      setNotice({ message: t('deleted', quoted(entry.title)), undo: response.saved });
    await reloadAll();
  };
  // Undo brings the entry back: the focus goes to it, once it is listed again.
  const [restored, setRestored] = useState<string | null>(null);
  useEffect(() => {
    const link = restored && document.querySelector<HTMLElement>(`.entry__title[href="${CSS.escape(restored)}"]`);
    if (link) {
      link.focus();
      setRestored(null);
    }
  }, [restored, entries]);
  const undo = async (saved: SavedArticle) => {
    const response = await askLibrary({ type: 'library:restore', saved });
    setNotice(response.ok ? null : { message: response.message });
    await reloadAll();
    if (response.ok) setRestored(saved.address);
  };
  const checkNow = async () => {
    setNotice({ message: t('checking') });
    const response = await askLibrary({ type: 'library:check-now' });
    if (!response.ok) return setNotice({ message: response.message });
    if (response.type === 'checked') {
      setNotice({
        message: t('checked', plural('articles', response.checked), formatNumber(response.updated)),
      });
    }
    await reloadAll();
  };
  const exportAll = async () => {
    const backup = toBackup(await loadAllArticles(), new Date());
    downloadFile(`dossier-library-${backup.exportedAt.slice(0, 10)}.json`, JSON.stringify(backup), 'application/json');
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const parsed = parseBackup(await file.text());
    if (!parsed.ok) {
      const why = parsed.reason === 'backupDamaged' ? t(parsed.reason, formatNumber(parsed.article)) : t(parsed.reason);
      return setNotice({ message: t('importRefused', why) });
    }
    const response = await askLibrary({ type: 'library:import', articles: parsed.articles });
    if (!response.ok) setNotice({ message: response.message });
    else if (response.type === 'imported') {
      setNotice({ message: plural('imported', response.count) });
    }
    await reloadAll();
  };

  if (entries === null) return <main class="library-page">{t('loadingLibrary')}</main>;
  return (
    <main class="library-page">
      <header class="library-page__header">
        <p class="popup__brand">Dossier</p>
        <h1>{t('yourLibrary')}</h1>
        <p class="library-page__count">
          {complete ? plural('savedArticles', entries.length) : t('newestSaves')}
          {skipped > 0 && ` · ${plural('unreadableEntries', skipped)}`}
        </p>
      </header>
      <div class="toolbar">
        <input
          type="search"
          aria-label={t('searchLibrary')}
          placeholder={t('searchPlaceholder')}
          value={text}
          onInput={(e) => setText((e.target as HTMLInputElement).value)}
        />
        {(
          [
            ['filterSite', 'allSites', options.sites, site, setSite],
            ['filterActor', 'allActors', options.actors, actor, setActor],
          ] as const
        ).map(([label, all, values, value, onChange]) => (
          <FilterSelect key={label} label={t(label)} all={t(all)} options={values} value={value} onChange={onChange} />
        ))}
        <select
          aria-label={t('sort')}
          value={sort}
          onChange={(e) => setSort((e.target as HTMLSelectElement).value as LibrarySort)}
        >
          <option value="saved">{t('sortSaved')}</option>
          <option value="updated">{t('sortUpdated')}</option>
        </select>
        <button type="button" class="button button--quiet" onClick={checkNow}>
          {t('checkNow')}
        </button>
        <button type="button" class="button button--quiet" onClick={exportAll}>
          {t('exportBackup')}
        </button>
        <label class="button button--quiet">
          {t('importBackup')}
          {/* Hidden from sight, not from the keyboard: Tab reaches it, and its label shows the focus. */}
          <input
            type="file"
            class="visually-hidden"
            accept="application/json,.json"
            onChange={(e) => importFile((e.target as HTMLInputElement).files?.[0])}
          />
        </label>
      </div>
      <NotesExport selected={chosen} />
      {notice && (
        <p class="notice" role="status">
          {notice.message}{' '}
          {notice.undo && (
            <button type="button" class="link-button" ref={undoButton} onClick={() => notice.undo && undo(notice.undo)}>
              {t('undo')}
            </button>
          )}
        </p>
      )}
      <div class="library-page__body">
        <div class="library-page__list">
          {results.length === 0 ? (
            <p class="empty">{entries.length ? t('noMatches') : t('emptyLibrary')}</p>
          ) : (
            <ol class="entries" aria-label={t('savedArticlesLabel')}>
              {results.slice(0, shown).map((entry) => (
                <LibraryRow
                  key={entry.id}
                  entry={entry}
                  actors={search.get(entry.id)?.actors ?? []}
                  selected={selected.has(entry.id)}
                  open={open?.entry.id === entry.id}
                  onSelect={select}
                  onOpen={show}
                  onRemove={remove}
                >
                  {!wide && open?.entry.id === entry.id && detail}
                </LibraryRow>
              ))}
            </ol>
          )}
          {results.length > shown && (
            <button type="button" class="action" onClick={() => setShown(shown + PAGE)}>
              {t(
                'showMore',
                formatNumber(Math.min(PAGE, results.length - shown)),
                formatNumber(results.length - shown),
              )}
            </button>
          )}
        </div>
        {wide && (
          <aside class="library-page__detail" aria-label={t('outlineAndVersions')}>
            {detail || <p class="detail__note">{t('chooseDetail', quoted(t('outlineAndVersions')))}</p>}
          </aside>
        )}
      </div>
    </main>
  );
}
