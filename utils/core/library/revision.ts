import type { Article, ArticleDate } from '../types';
import { type ClaimDiff, diffClaims } from './claim-diff';
import { comparableText } from './comparable-text';
import type { VersionChanges } from './saved-article';

/** What a revisit compares: a version's text, dates, outline and claims. */
export type Capture = Pick<Article, 'text' | 'published' | 'updated' | 'sections' | 'claims'>;

export interface Revision {
  /** The words of the article changed (not just its punctuation, quotes or spacing). */
  textChanged: boolean;
  /** The "updated" date moved to a later day, or to a later instant where both are instants. */
  updatedMoved: boolean;
  /** Either: the revisit is a new version; otherwise it only counts as a check. */
  isNewVersion: boolean;
  claims: ClaimDiff;
  sections: { added: string[]; removed: string[] };
}

/** A date as the day it falls on (UTC), for comparing dates of day precision. */
const dayOf = (date: ArticleDate) => date.iso.slice(0, 10);

/**
 * Did the updated date move beyond its precision? Where either date is only a day ("3 days ago",
 * "Jul 9"), only a later day counts, so a relative date that resolves the same day on every
 * visit is never an update; where both are instants, a later instant counts. A date that
 * disappears is not an update.
 */
function updatedMoved(before: ArticleDate | null, after: ArticleDate | null, published: ArticleDate | null): boolean {
  if (!after) return false;
  const since = before ?? published;
  if (!since) return true;
  if (before && before.precision === 'instant' && after.precision === 'instant') {
    return Date.parse(after.iso) > Date.parse(before.iso);
  }
  return dayOf(after) > dayOf(since);
}

/** Section titles present in one outline and not the other. */
function sectionChanges(before: Capture['sections'], after: Capture['sections']) {
  const old = new Set(before.map((s) => s.title));
  const now = new Set(after.map((s) => s.title));
  return {
    added: after.map((s) => s.title).filter((t) => !old.has(t)),
    removed: before.map((s) => s.title).filter((t) => !now.has(t)),
  };
}

/** What a fresh capture of a saved article changed since the version it is compared with. */
export function compareCaptures(saved: Capture, fresh: Capture): Revision {
  const textChanged = comparableText(saved.text) !== comparableText(fresh.text);
  const moved = updatedMoved(saved.updated, fresh.updated, saved.published);
  return {
    textChanged,
    updatedMoved: moved,
    isNewVersion: textChanged || moved,
    claims: diffClaims(saved.claims, fresh.claims),
    sections: sectionChanges(saved.sections, fresh.sections),
  };
}

/** The part of a revision the library keeps: the texts of the claims that changed. */
export function versionChanges(revision: Revision): VersionChanges {
  const { added, removed, changed } = revision.claims;
  return {
    textChanged: revision.textChanged,
    updatedMoved: revision.updatedMoved,
    claims: {
      added: added.map((c) => c.text),
      removed: removed.map((c) => c.text),
      changed: changed.map((c) => ({ before: c.before.text, after: c.after.text })),
    },
    sections: revision.sections,
  };
}
