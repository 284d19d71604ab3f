import type { SavedArticle } from './saved-article';

const HOUR_MS = 3_600_000;
/** The shortest and the longest wait between two background checks of one article. */
const MIN_WAIT_MS = HOUR_MS;
const MAX_WAIT_MS = 7 * 24 * HOUR_MS;
/** Check again once the time since the last check reaches this fraction of the article's age. */
const AGE_FRACTION = 1 / 4;

/**
 * Is a watched article due for a background check? Like diffengine, the wait grows with the
 * article's age: a day-old article is checked every few hours, a month-old one weekly; no article
 * more often than hourly.
 */
export function isDue(saved: Pick<SavedArticle, 'savedAt' | 'lastCheckedAt' | 'latest'>, now: Date): boolean {
  const born = Date.parse(saved.latest.published?.iso ?? saved.savedAt);
  const age = Math.max(0, now.getTime() - (Number.isNaN(born) ? Date.parse(saved.savedAt) : born));
  const wait = Math.min(MAX_WAIT_MS, Math.max(MIN_WAIT_MS, age * AGE_FRACTION));
  return now.getTime() - Date.parse(saved.lastCheckedAt) >= wait;
}
