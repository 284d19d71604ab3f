import { formatArticleDate } from './core/dates/format-date';
import type { VersionChanges } from './core/library/saved-article';
import type { ArticleDate } from './core/types';
import { dateLocale, formatList, plural, t } from './i18n';

/**
 * One line for the update banner and the version history, in the reader's language: "Updated
 * 9 Jul 2025, after you saved it — 2 claims added, 1 claim changed and 1 claim removed". Without
 * an updated date it says the article changed; without claim changes, whether the text did.
 */
export function updateSummary(changes: VersionChanges, updated: ArticleDate | null): string {
  const when = updated ? t('summaryUpdatedOn', formatArticleDate(updated, dateLocale())) : t('summaryChanged');
  const { added, changed, removed } = changes.claims;
  const parts = [
    added.length > 0 && plural('claimsAdded', added.length),
    changed.length > 0 && plural('claimsChanged', changed.length),
    removed.length > 0 && plural('claimsRemoved', removed.length),
  ].filter((part): part is string => Boolean(part));
  const what = parts.length ? formatList(parts) : t(changes.textChanged ? 'textChangedOnly' : 'noClaimChanged');
  return t('summary', when, what);
}
