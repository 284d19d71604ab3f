/**
 * What the popup and panel show once an article's actors and claims are read: its library and
 * export bars, its key actors and claims. A chunk of its own, loaded while the analysis runs, so
 * the outline, which comes first, waits for none of it.
 */
import { useState } from 'preact/hooks';
import { ActorChips } from '@/components/ActorChips';
import { ClaimList } from '@/components/ClaimList';
import { ExportBar } from '@/components/ExportBar';
import { LibraryBar } from '@/components/LibraryBar';
import { isAnalysable } from '@/utils/core/outline/analysable';
import type { Article } from '@/utils/core/types';
import { highlightClaim } from '@/utils/highlight-claim';
import { t } from '@/utils/i18n';

/** Saving and exporting: they wait for the actors and claims, which notes and versions hold. */
export function ArticleActions({ article, now }: { article: Article; now: Date }) {
  return (
    <>
      <LibraryBar article={article} now={now} />
      <ExportBar article={article} now={now} />
    </>
  );
}

/** Key actors as chips and the claims they filter; a click on a claim shows it in the page. */
export function Analysis({ article, tabId }: { article: Article; tabId: number }) {
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
