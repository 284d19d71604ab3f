/**
 * Watching, opt-in: for sites the reader allowed (an optional host permission per origin), the
 * background script re-reads saved articles on a schedule that backs off with their age, records
 * updates as versions, and counts unseen updates on the toolbar badge. Without such a
 * permission no alarm exists and nothing runs.
 */
import { originPattern } from './core/library/article-address';
import { isDue } from './core/library/watch-schedule';
import { loadArticle, loadIndex, saveArticle } from './library-store';
import { readPage } from './page-parser';

export const WATCH_ALARM = 'dossier:watch';
/** How often the alarm wakes the background script to look for due articles. */
const ALARM_MINUTES = 30;
/** A page larger than this is not read in the background. */
const MAX_PAGE_BYTES = 5_000_000;

/** The page at `address`, as text, without cookies: what a reader would be served logged out. */
async function fetchPage(address: string): Promise<string | null> {
  const response = await fetch(address, { credentials: 'omit', redirect: 'follow' });
  if (!response.ok || !/html/.test(response.headers.get('content-type') ?? 'text/html')) return null;
  const text = await response.text();
  return text.length > MAX_PAGE_BYTES ? null : text;
}

/** Sets the toolbar badge to the number of saved articles with an update the reader has not seen. */
export async function updateBadge(): Promise<void> {
  const { entries } = await loadIndex();
  const unseen = entries.filter((e) => e.versions > e.seenVersions).length;
  await browser.action.setBadgeText({ text: unseen ? String(unseen) : '' });
}

/**
 * Checks every saved article on a watched site that is due (or all of them, when the reader asks
 * with "Check now"); returns how many were checked and how many had changed. One article that
 * fails to load is skipped, not fatal.
 */
export async function checkWatched(
  now: Date,
  {
    force = false,
    load = fetchPage,
    read = readPage,
  }: { force?: boolean; load?: typeof fetchPage; read?: typeof readPage } = {},
): Promise<{ checked: number; updated: number }> {
  const { entries } = await loadIndex();
  let checked = 0;
  let updated = 0;
  for (const entry of entries) {
    if (!(await browser.permissions.contains({ origins: [originPattern(entry.address)] }))) continue;
    const saved = await loadArticle(entry.id);
    if (!saved || (!force && !isDue(saved, now))) continue;
    try {
      const html = await load(entry.address);
      if (!html) continue;
      const article = await read(html, entry.address, now);
      if (!article.isArticle) continue;
      const result = await saveArticle(article, entry.address, now);
      checked += 1;
      // A copy-edit is kept as a version but is not news: only substantive revisions count.
      if (result.revision?.isNewVersion && result.revision.substantive) updated += 1;
    } catch {
      // The site is down or the page changed beyond reading: the next alarm tries again.
    }
  }
  await updateBadge();
  return { checked, updated };
}

/** Starts the alarm when some site is watched, and stops it when none is. */
export async function syncWatchAlarm(): Promise<void> {
  const { origins = [] } = await browser.permissions.getAll();
  if (origins.length > 0) browser.alarms.create(WATCH_ALARM, { periodInMinutes: ALARM_MINUTES });
  else await browser.alarms.clear(WATCH_ALARM);
}
