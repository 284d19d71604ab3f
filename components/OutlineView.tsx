import { useEffect, useState } from 'preact/hooks';
import { ActorChips } from '@/components/ActorChips';
import { ArticleHeader } from '@/components/ArticleHeader';
import { ClaimList } from '@/components/ClaimList';
import { ExportBar } from '@/components/ExportBar';
import { LibraryBar } from '@/components/LibraryBar';
import { SectionOutline } from '@/components/SectionOutline';
import { StatusMessage } from '@/components/StatusMessage';
import { isAnalysable } from '@/utils/core/outline/analysable';
import type { Article } from '@/utils/core/types';
import { highlightClaim } from '@/utils/highlight-claim';
import { t } from '@/utils/i18n';
import type { OutlineState } from '@/utils/outline-tab';
import { POPUP_MARKS } from '@/utils/popup-marks';

/** Key actors as chips and the claims they filter; a click on a claim shows it in the page. */
function Analysis({ article, tabId }: { article: Article; tabId: number }) {
  const [actor, setActor] = useState<string | null>(null);
  if (!isAnalysable(article.language, article.text)) {
    return <p class="empty">{t('analysisEnglishOnly')}</p>;
  }
  return (
    <>
      <h2 class="popup__heading">{t('headingKeyActors')}</h2>
      <ActorChips actors={article.actors} selected={actor} onSelect={setActor} />
      <h2 class="popup__heading">{actor ? t('headingClaimsAbout', actor) : t('headingKeyClaims')}</h2>
      <ClaimList claims={article.claims} actor={actor} onShow={(claim) => highlightClaim(tabId, claim.text)} />
    </>
  );
}

interface Props {
  state: OutlineState;
  /** Reads the tab again; `outlineAnyway` outlines a page that does not look like an article. */
  onRead: (outlineAnyway: boolean) => void;
}

/** One tab's outline, or the sentence that says why there is none: the popup's and the panel's body. */
export function OutlineView({ state, onRead }: Props) {
  // The page as read, shown as soon as it is there; its actors and claims follow.
  const read =
    state.kind === 'outline'
      ? { page: state.page, now: state.now }
      : state.kind === 'article'
        ? { page: state.article, now: state.now }
        : null;
  const shown = read !== null;
  useEffect(() => {
    if (shown) requestAnimationFrame(() => performance.mark(POPUP_MARKS.outlineShown));
  }, [shown]);
  return (
    <>
      {state.kind === 'loading' && (
        // Announced: a screen reader hears that Dossier is at work, then what it found.
        <p class="popup__loading" role="status">
          {t('loading')}
        </p>
      )}
      {read && (
        <>
          <ArticleHeader article={read.page} now={read.now} />
          {/* Saving and exporting wait for the actors and claims, which notes and versions hold. */}
          {state.kind === 'article' && (
            <>
              <LibraryBar article={state.article} now={state.now} />
              <ExportBar article={state.article} now={state.now} />
            </>
          )}
          <h2 class="popup__heading">{t('headingOutline')}</h2>
          <SectionOutline sections={read.page.sections} />
          {state.kind === 'article' ? (
            <Analysis article={state.article} tabId={state.tabId} />
          ) : (
            <p class="popup__loading" role="status">
              {t('analysing')}
            </p>
          )}
        </>
      )}
      {state.kind === 'not-article' && (
        <StatusMessage
          tone="info"
          message={state.reason}
          onRetry={() => onRead(false)}
          onOutlineAnyway={state.outlineAnyway ? () => onRead(true) : undefined}
        />
      )}
      {state.kind === 'restricted' && <StatusMessage tone="info" message={state.reason} />}
      {state.kind === 'error' && <StatusMessage tone="error" message={state.reason} onRetry={() => onRead(false)} />}
    </>
  );
}
