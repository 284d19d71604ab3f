import type { Article, ArticleDate, Claim } from '../types';
import { figureChangeOutside } from './change-figures';
import type { ChangeReason } from './change-reason';
import { type ClaimChange, judgeClaimChange, restates } from './claim-change';
import { type ChangedClaim, type ClaimDiff, diffClaims } from './claim-diff';
import { comparableText } from './comparable-text';
import { newBlocks } from './new-blocks';
import type { VersionChanges } from './saved-article';

/** What a revisit compares: a version's text, dates, outline and claims (and its language, if known). */
export type Capture = Pick<Article, 'text' | 'published' | 'updated' | 'sections' | 'claims'> &
  Partial<Pick<Article, 'language'>>;

/** A claim revised, with whether the revision changes what it says, and why. */
export type JudgedChange = ChangedClaim & ClaimChange;

export interface Revision {
  /** The words of the article changed (not just its punctuation, quotes or spacing). */
  textChanged: boolean;
  /** The "updated" date moved to a later day, or to a later instant where both are instants. */
  updatedMoved: boolean;
  /** Either: the revisit is a new version; otherwise it only counts as a check. */
  isNewVersion: boolean;
  /**
   * The claims changed, added and removed; a claim added or removed that only says again what the
   * other version says elsewhere is `restated`, a rewording like a copy-edit.
   */
  claims: Omit<ClaimDiff, 'changed'> & { changed: JudgedChange[]; restated: { added: Claim[]; removed: Claim[] } };
  sections: { added: string[]; removed: string[] };
  /** A figure or date that changed outside the claims ("Released 23 February 2019" → "3 July 2021"). */
  figures: ChangeReason | null;
  /** Paragraphs of new content, and paragraphs whose content went, outside what the claims say. */
  paragraphs: { added: string[]; removed: string[] };
  /**
   * It changes what the article says: a claim changed substantively, a claim or a section was
   * added or removed, or a paragraph of new content came or went. Otherwise it is a copy-edit,
   * kept as a version but never announced.
   */
  substantive: boolean;
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

/** Section titles present in one outline and not the other; a title only repunctuated is the same. */
function sectionChanges(before: Capture['sections'], after: Capture['sections']) {
  const key = (title: string) => comparableText(title).toLowerCase();
  const old = new Set(before.map((s) => key(s.title)));
  const now = new Set(after.map((s) => key(s.title)));
  return {
    added: after.map((s) => s.title).filter((t) => !old.has(key(t))),
    removed: before.map((s) => s.title).filter((t) => !now.has(key(t))),
  };
}

/** What a fresh capture of a saved article changed since the version it is compared with. */
export function compareCaptures(saved: Capture, fresh: Capture): Revision {
  const textChanged = comparableText(saved.text) !== comparableText(fresh.text);
  const moved = updatedMoved(saved.updated, fresh.updated, saved.published);
  const diff = diffClaims(saved.claims, fresh.claims);
  const language = fresh.language ?? saved.language ?? 'en';
  const articles = { before: saved.text, after: fresh.text };
  const changed = diff.changed.map((c) => ({ ...c, ...judgeClaimChange(c.before, c.after, { language, articles }) }));
  // A claim that only says again what the other version says elsewhere is a rewording, not news.
  const restated = {
    added: diff.added.filter((c) => restates(c, saved.text)),
    removed: diff.removed.filter((c) => restates(c, fresh.text)),
  };
  const claims = {
    ...diff,
    added: diff.added.filter((c) => !restated.added.includes(c)),
    removed: diff.removed.filter((c) => !restated.removed.includes(c)),
    changed,
    restated,
  };
  const sections = sectionChanges(saved.sections, fresh.sections);
  const paragraphs = textChanged
    ? { added: newBlocks(fresh.text, saved.text), removed: newBlocks(saved.text, fresh.text) }
    : { added: [], removed: [] };
  const figures = textChanged ? figureChangeOutside(saved.text, saved.claims, fresh.text, fresh.claims) : null;
  const substantive =
    changed.some((c) => c.substantive) ||
    figures !== null ||
    [claims.added, claims.removed, sections.added, sections.removed, paragraphs.added, paragraphs.removed].some(
      (list) => list.length > 0,
    );
  return {
    textChanged,
    updatedMoved: moved,
    isNewVersion: textChanged || moved,
    claims,
    sections,
    paragraphs,
    figures,
    substantive,
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
      restated: {
        added: revision.claims.restated.added.map((c) => c.text),
        removed: revision.claims.restated.removed.map((c) => c.text),
      },
      changed: changed.map((c) => ({
        before: c.before.text,
        after: c.after.text,
        substantive: c.substantive,
        reason: c.reason,
      })),
    },
    sections: revision.sections,
    substantive: revision.substantive,
    paragraphs: { added: revision.paragraphs.added.length, removed: revision.paragraphs.removed.length },
    ...(revision.figures && { figures: revision.figures }),
  };
}
