import { changeSummary, count, reasonText, wordingFixes } from '../library/change-text';
import { isSubstantive, isSubstantiveChange, type Version, type VersionChanges } from '../library/saved-article';
import { markedParts, wordDiff } from '../library/word-diff';
import { day, joinLines } from './blocks';
import { escapeMarkdown, escapeText, oneLine } from './escape';

/**
 * A claim's new sentence with its changed words marked: the old ones struck (`~~12~~`), the new
 * ones in bold (`**15**`). The marks sit inside the words' own spaces, as GFM requires.
 */
export function markedChange(before: string, after: string): string {
  return markedParts(wordDiff(oneLine(before), oneLine(after)))
    .map(({ text, change }) => {
      if (change === 'same') return escapeText(text);
      const [, lead, words, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) as RegExpExecArray;
      if (!words) return text;
      const mark = change === 'removed' ? '~~' : '**';
      return `${lead}${mark}${escapeText(words)}${mark}${trail}`;
    })
    .join('');
}

/** What one update changed that a reader needs told, one bullet each; copy-edits are counted, not listed. */
function changeList(changes: VersionChanges): string {
  const struck = (text: string) => `~~${escapeMarkdown(text)}~~`;
  const texts = (list: string[]) => list.filter((text) => oneLine(text));
  const lines = [
    ...changes.claims.changed
      .filter((c) => isSubstantiveChange(c) && oneLine(c.before) && oneLine(c.after))
      .map((c) => {
        const why = c.reason ? ` *(${escapeMarkdown(reasonText(c.reason))})*` : '';
        return `- Claim changed${why}: ${markedChange(c.before, c.after)}`;
      }),
    ...texts(changes.claims.added).map((text) => `- Claim added: ${escapeMarkdown(text)}`),
    ...texts(changes.claims.removed).map((text) => `- Claim removed: ${struck(text)}`),
    ...texts(changes.sections.added).map((title) => `- Section added: ${escapeMarkdown(title)}`),
    ...texts(changes.sections.removed).map((title) => `- Section removed: ${struck(title)}`),
  ];
  const fixes = wordingFixes(changes);
  if (fixes > 0) lines.push(`- And ${count(fixes, 'wording fix', 'wording fixes')}.`);
  return lines.join('\n');
}

/** When a version was captured, and its updated date when it has one. */
const captured = (v: Version) =>
  `Captured ${v.capturedAt.slice(0, 10)}${v.updated ? ` (updated ${day(v.updated)})` : ''}`;

/**
 * "## Changes": every version after the first, each with its one-line summary. A substantive
 * update lists what it changed, the changed words marked; a copy-edit gets its line only
 * ("wording only"), as the library records it without announcing it.
 */
export function changesSection(versions: Version[]): string | null {
  const updates = versions.filter((v): v is Version & { changes: VersionChanges } => v.changes !== null);
  if (!updates.length) return null;
  return joinLines([
    '## Changes',
    ...updates.map((v) =>
      joinLines([
        `### ${captured(v)}`,
        `${escapeMarkdown(changeSummary(v.changes).replace(/^./, (c) => c.toUpperCase()))}.`,
        isSubstantive(v.changes) && changeList(v.changes),
      ]),
    ),
  ]);
}
