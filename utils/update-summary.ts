import { formatArticleDate } from './core/dates/format-date';
import { type ChangeReason, isSubstantiveKind } from './core/library/change-reason';
import { wordingFixes } from './core/library/change-text';
import { isSubstantive, isSubstantiveChange, type VersionChanges } from './core/library/saved-article';
import type { ArticleDate } from './core/types';
import { dateLocale, formatList, type MessageKey, plural, t } from './i18n';

/** Why a claim change matters, in the reader's language ("a figure changed"); null for a copy-edit. */
export function reasonLabel(reason: ChangeReason | undefined): string | null {
  const kind = reason?.kind;
  if (!kind || !isSubstantiveKind(kind)) return null;
  return t(`change_${kind}` as MessageKey);
}

/**
 * One line for the update banner and the version history, in the reader's language: "Updated
 * 9 Jul 2025, after you saved it — 1 claim added, a figure changed and 2 wording fixes". A
 * copy-edit says so ("— wording only"); a version saved before Dossier told them apart counts its
 * claim changes as it always did.
 */
export function updateSummary(changes: VersionChanges, updated: ArticleDate | null): string {
  const when = updated ? t('summaryUpdatedOn', formatArticleDate(updated, dateLocale())) : t('summaryChanged');
  if (!isSubstantive(changes)) return t('summary', when, t(changes.textChanged ? 'wordingOnly' : 'noClaimChanged'));
  const { added, changed, removed } = changes.claims;
  const substantive = changed.filter(isSubstantiveChange);
  const labels = [...substantive.map((c) => c.reason), changes.figures].map(reasonLabel);
  const reasons = [...new Set(labels.filter((r): r is string => r !== null))];
  const unexplained = substantive.filter((c) => reasonLabel(c.reason) === null).length;
  const fixes = wordingFixes(changes);
  const parts = [
    added.length > 0 && plural('claimsAdded', added.length),
    ...reasons,
    unexplained > 0 && plural('claimsChanged', unexplained),
    removed.length > 0 && plural('claimsRemoved', removed.length),
    fixes > 0 && plural('wordingFixes', fixes),
  ].filter((part): part is string => Boolean(part));
  const what = parts.length ? formatList(parts) : t(changes.textChanged ? 'textChangedOnly' : 'noClaimChanged');
  return t('summary', when, what);
}
