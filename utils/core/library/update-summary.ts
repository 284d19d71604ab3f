import { formatArticleDate } from '../dates/format-date';
import type { ArticleDate } from '../types';
import type { VersionChanges } from './saved-article';

const count = (n: number, what: string) => `${n} claim${n === 1 ? '' : 's'} ${what}`;

/**
 * One line for the update banner: "Updated 9 Jul 2025, after you saved it — 2 claims added,
 * 1 changed, 1 removed". Without an updated date it says the article changed; without claim
 * changes it says the text changed.
 */
export function updateSummary(changes: VersionChanges, updated: ArticleDate | null, locale?: string): string {
  const when = updated
    ? `Updated ${formatArticleDate(updated, locale)}, after you saved it`
    : 'Changed since you saved it';
  const { added, changed, removed } = changes.claims;
  const parts = [
    added.length > 0 && count(added.length, 'added'),
    changed.length > 0 && (added.length ? `${changed.length} changed` : count(changed.length, 'changed')),
    removed.length > 0 &&
      (added.length || changed.length ? `${removed.length} removed` : count(removed.length, 'removed')),
  ].filter((p): p is string => Boolean(p));
  const what = parts.length
    ? parts.join(', ')
    : changes.textChanged
      ? 'the text changed, no claim did'
      : 'no claim changed';
  return `${when} — ${what}`;
}
