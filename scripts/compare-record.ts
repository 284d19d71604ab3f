/**
 * What `outline --compare` prints: a revisit's comparison of two captures of one article. The
 * `--json` fields are part of the command line's contract: later versions add fields and never
 * rename them.
 */
import { extractArticle } from '../utils/core/extract/extract-article';
import { changeSummary, reasonText } from '../utils/core/library/change-text';
import { compareCaptures, type Revision, versionChanges } from '../utils/core/library/revision';
import { changesSection, markedChange } from '../utils/core/markdown/changes-section';
import type { Article } from '../utils/core/types';

/** Two captures compared, or why one of them cannot be (it has no article to compare). */
export type Comparison = { revision: Revision; fresh: Article } | { unreadable: 'old' | 'new'; reason: string };

/**
 * Two versions of a page compared as a revisit compares them: both read at one address and time.
 * The reader saved the page, so it is read whatever kind of page it looks like ("Outline anyway").
 */
export function comparePages(oldDoc: Document, newDoc: Document, context: { url: string; now: Date }): Comparison {
  const old = extractArticle(oldDoc, { ...context, outlineAnyway: true });
  if (!old.isArticle) return { unreadable: 'old', reason: old.reason };
  const fresh = extractArticle(newDoc, { ...context, outlineAnyway: true });
  if (!fresh.isArticle) return { unreadable: 'new', reason: fresh.reason };
  return { revision: compareCaptures(old, fresh), fresh };
}

/** The comparison as one JSON object. */
export function toCompareRecord(revision: Revision) {
  const changes = versionChanges(revision);
  return {
    isNewVersion: revision.isNewVersion,
    substantive: revision.isNewVersion && revision.substantive,
    summary: revision.isNewVersion ? changeSummary(changes) : 'no new version',
    textChanged: revision.textChanged,
    updatedMoved: revision.updatedMoved,
    claims: {
      changed: revision.claims.changed.map((c) => ({
        before: c.before.text,
        after: c.after.text,
        substantive: c.substantive,
        reason: reasonText(c.reason),
        kind: c.reason.kind,
        marked: markedChange(c.before.text, c.after.text),
      })),
      added: revision.claims.added.map((c) => c.text),
      removed: revision.claims.removed.map((c) => c.text),
      restated: {
        added: revision.claims.restated.added.map((c) => c.text),
        removed: revision.claims.restated.removed.map((c) => c.text),
      },
      unchanged: revision.claims.unchanged,
    },
    sections: revision.sections,
    paragraphs: revision.paragraphs,
  };
}

/** The comparison as the note's "## Changes" section, for a version captured at `now`. */
export function compareNote(revision: Revision, fresh: Article, now: Date): string {
  if (!revision.isNewVersion) return '## Changes\n\nNo new version: neither the text nor its updated date changed.';
  const version = {
    capturedAt: now.toISOString(),
    published: fresh.published,
    updated: fresh.updated,
    changes: versionChanges(revision),
  };
  return changesSection([version]) ?? '';
}
