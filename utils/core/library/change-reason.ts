/** Why a revision of a claim does or does not change what it says, as stored with a version and shown. */

/** What a change to a claim touches: the first eight change what it says, the rest only its wording. */
export type ChangeKind =
  | 'figure'
  | 'date'
  | 'negation'
  | 'modality'
  | 'source'
  | 'quote'
  | 'name'
  | 'content'
  | 'punctuation'
  | 'spelling'
  | 'grammar'
  | 'order'
  | 'paraphrase';

/** Why a change is or is not substantive, with the words that show it ("12" → "15"). */
export interface ChangeReason {
  kind: ChangeKind;
  /** The old words that changed; empty when something was only added. */
  before: string;
  /** The new words; empty when something was only removed. */
  after: string;
}

const SUBSTANTIVE: ReadonlySet<ChangeKind> = new Set([
  'figure',
  'date',
  'negation',
  'modality',
  'source',
  'quote',
  'name',
  'content',
]);
export const isSubstantiveKind = (kind: ChangeKind) => SUBSTANTIVE.has(kind);
