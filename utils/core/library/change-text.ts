import type { ChangeReason } from './change-reason';
import { isSubstantive, isSubstantiveChange, type VersionChanges } from './saved-article';

/** Words quoted in a reason, cut to a phrase. */
const quoted = (words: string) => {
  const list = words.split(/\s+/).filter(Boolean);
  return list.length > 8 ? `${list.slice(0, 8).join(' ')} …` : list.join(' ');
};

/** "12 → 15", "added: 15", "removed: 12": the words that decided a change. */
function wordsOf({ before, after }: ChangeReason): string {
  if (before && after) return `${quoted(before)} → ${quoted(after)}`;
  return after ? quoted(after) : quoted(before);
}

/** A substantive kind's words when both sides have words, when only new ones do, when only old ones do. */
const CHANGED: Record<ChangeReason['kind'], readonly [string, string, string] | string> = {
  figure: ['the figure changed', 'a figure was added', 'a figure was removed'],
  date: ['the date changed', 'a date was added', 'a date was removed'],
  negation: ['a negation changed', 'a negation was added', 'a negation was removed'],
  modality: ['how firmly it is said changed', 'it is now hedged', 'it is no longer hedged'],
  source: ['the source changed', 'a source was added', 'the source was removed'],
  quote: ['the quoted words changed', 'quoted words were added', 'quoted words were removed'],
  name: ['a name changed', 'a name was added', 'a name was removed'],
  content: ['what it says changed', 'new information', 'information was removed'],
  // A copy-edit's kind reads the same whichever side has words.
  punctuation: 'punctuation or capitals',
  spelling: 'spelling or word form',
  grammar: 'grammar',
  order: 'word order',
  paraphrase: 'rewording',
};

/** A change's reason in English: "the figure changed: 12 → 15", "a source was added: the UN". */
export function reasonText(reason: ChangeReason): string {
  const labels = CHANGED[reason.kind];
  const [both, added, removed] = typeof labels === 'string' ? [labels, labels, labels] : labels;
  const label = reason.before && reason.after ? both : reason.after ? added : reason.before ? removed : both;
  const words = wordsOf(reason);
  return words ? `${label}: ${words}` : label;
}

/** "1 claim added", "3 claims added": English counts for the command line and the note. */
export const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** How many of an update's claim changes only fix wording. */
export const wordingFixes = (changes: VersionChanges) =>
  changes.claims.changed.filter((c) => !isSubstantiveChange(c)).length +
  (changes.claims.restated?.added.length ?? 0) +
  (changes.claims.restated?.removed.length ?? 0);

/**
 * One line for an update, built from its reasons: "the figure changed: 12 → 15; 1 claim added;
 * and 3 wording fixes", or "wording only (3 fixes)" for a copy-edit.
 */
export function changeSummary(changes: VersionChanges): string {
  const fixes = wordingFixes(changes);
  if (!isSubstantive(changes)) {
    if (!changes.textChanged) return 'the text did not change';
    return fixes > 0 ? `wording only (${count(fixes, 'fix', 'fixes')})` : 'wording only';
  }
  const reasons = changes.claims.changed
    .filter(isSubstantiveChange)
    .map((c) => (c.reason ? reasonText(c.reason) : 'a claim changed'));
  const { claims, sections, paragraphs, figures } = changes;
  const parts = [
    ...[...new Set(reasons)],
    figures && reasonText(figures),
    claims.added.length > 0 && count(claims.added.length, 'claim added', 'claims added'),
    claims.removed.length > 0 && count(claims.removed.length, 'claim removed', 'claims removed'),
    sections.added.length > 0 && count(sections.added.length, 'section added', 'sections added'),
    sections.removed.length > 0 && count(sections.removed.length, 'section removed', 'sections removed'),
    (paragraphs?.added ?? 0) > 0 && count(paragraphs?.added ?? 0, 'paragraph added', 'paragraphs added'),
    (paragraphs?.removed ?? 0) > 0 && count(paragraphs?.removed ?? 0, 'paragraph removed', 'paragraphs removed'),
  ].filter((p): p is string => Boolean(p));
  if (parts.length === 0) parts.push(changes.textChanged ? 'the text changed' : 'the updated date moved');
  return fixes > 0 ? `${parts.join('; ')}; and ${count(fixes, 'wording fix', 'wording fixes')}` : parts.join('; ');
}
