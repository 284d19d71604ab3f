import { useEffect, useState } from 'preact/hooks';
import { ClaimChanges } from '@/components/VersionHistory';
import { type IndexEntry, isSubstantive, type SavedArticle } from '@/utils/core/library/saved-article';
import type { Article } from '@/utils/core/types';
import { t } from '@/utils/i18n';
import { askLibrary, findSaved, type UnseenUpdate, unseenUpdate } from '@/utils/library-client';
import { updateSummary } from '@/utils/update-summary';

type LibraryState =
  | { kind: 'checking' }
  | { kind: 'unsaved' }
  | { kind: 'saved'; entry: IndexEntry; justSaved: boolean; update: UnseenUpdate | null }
  | { kind: 'removed'; saved: SavedArticle }
  | { kind: 'error'; message: string };

interface Props {
  article: Article;
  now: Date;
}

/**
 * Save and undo; and, for an article already saved, a fresh capture on every visit with a banner
 * when it was updated since the reader last looked.
 */
export function LibraryBar({ article, now }: Props) {
  const [state, setState] = useState<LibraryState>({ kind: 'checking' });

  const save = async (justSaved: boolean) => {
    const response = await askLibrary({ type: 'library:save', article, url: article.url, now: now.toISOString() });
    if (!response.ok) return setState({ kind: 'error', message: response.message });
    if (response.type !== 'saved') return;
    const { entry } = response.result;
    setState({ kind: 'saved', entry, justSaved, update: await unseenUpdate(entry.id) });
  };

  useEffect(() => {
    findSaved(article).then(
      // A saved article is captured again: that is how its updates are noticed.
      (entry) => (entry ? save(false) : setState({ kind: 'unsaved' })),
      () => setState({ kind: 'unsaved' }),
    );
  }, [article]);

  const undo = async (id: string) => {
    const response = await askLibrary({ type: 'library:remove', id });
    if (!response.ok) return setState({ kind: 'error', message: response.message });
    if (response.type === 'removed' && response.saved) setState({ kind: 'removed', saved: response.saved });
    else setState({ kind: 'unsaved' });
  };

  const restore = async (saved: SavedArticle) => {
    const response = await askLibrary({ type: 'library:restore', saved });
    if (!response.ok) return setState({ kind: 'error', message: response.message });
    if (response.type === 'restored') setState({ kind: 'saved', entry: response.entry, justSaved: true, update: null });
  };

  const seen = async (entry: IndexEntry) => {
    await askLibrary({ type: 'library:seen', id: entry.id });
    setState({ kind: 'saved', entry, justSaved: false, update: null });
  };

  const openLibrary = () => browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
  return (
    <section class="library" aria-label={t('libraryLabel')}>
      {state.kind === 'unsaved' && (
        <button type="button" class="button" onClick={() => save(true)}>
          {t('saveToLibrary')}
        </button>
      )}
      {state.kind === 'saved' && !state.update && (
        <p class="library__status">
          {state.justSaved ? t('savedToLibrary') : t('inLibraryChecked')}{' '}
          {state.justSaved && (
            <button type="button" class="link-button" onClick={() => undo(state.entry.id)}>
              {t('undo')}
            </button>
          )}
        </p>
      )}
      {state.kind === 'saved' && state.update && (
        <div class="banner" role="status">
          {state.update.versions.map(
            (version) =>
              version.changes &&
              isSubstantive(version.changes) && (
                <div key={version.capturedAt}>
                  <p class="banner__summary">{updateSummary(version.changes, version.updated)}</p>
                  <ClaimChanges changes={version.changes} />
                </div>
              ),
          )}
          <button type="button" class="link-button" onClick={() => seen(state.entry)}>
            {t('gotIt')}
          </button>
        </div>
      )}
      {state.kind === 'removed' && (
        <p class="library__status">
          {t('removedFromLibrary')}{' '}
          <button type="button" class="link-button" onClick={() => restore(state.saved)}>
            {t('undo')}
          </button>
        </p>
      )}
      {state.kind !== 'checking' && (
        <button type="button" class="link-button library__open" onClick={openLibrary}>
          {t('openLibrary')}
        </button>
      )}
      {state.kind === 'error' && (
        <p class="library__error" role="alert">
          {state.message}
        </p>
      )}
    </section>
  );
}
