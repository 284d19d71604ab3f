/**
 * `npm run bench:changes [-- FILE] [--show N]`: does Dossier tell a revision that changes what
 * an article says from a copy-edit? On IteraTeR's human-labelled revisions
 * (`../shared/bench/iterater-dev/pairs.jsonl`, Wikipedia and arXiv), each text is laid out as an
 * article page (an `h1`, one `<p>` per three sentences) and the two versions are compared through
 * the command line's `--compare` path (`comparePages`, `toCompareRecord`). A pair is substantive
 * when one of its edits is labelled `meaning-changed`.
 *
 * Reported per domain, for all pairs and for the pairs IteraTeR sets aside as `dev` and `test`
 * (never looked at while the rules were written): precision, recall and F1 of `substantive`,
 * and how many copy-edit pairs raise an alarm; against, in the same run, the comparison as it
 * was (every changed text reported as changed claims) and a size rule (more than a tenth of the
 * words changed). Edit level: the share of meaning-changed edits, and of fluency, clarity,
 * coherence and style edits, that fall inside a claim change marked substantive.
 * Last line: `changes: P=… R=… F1=… copyEditAlarms=…` (all pairs, both domains).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { diffWords } from 'diff';
import { escapeHtml } from '../utils/core/extract/clean-html';
import { comparePages, toCompareRecord } from './compare-record';
import { parsePage } from './load-page';

interface Edit {
  type: 'R' | 'A' | 'D';
  before: string | null;
  after: string | null;
  start_char_pos: number;
  end_char_pos: number;
  major_intent: string;
}
interface Pair {
  doc_id: string;
  before_revision: string;
  after_revision: string;
  edit_actions: Edit[];
  domain: string;
  split: string;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { show: { type: 'string', default: '0' } },
});
const file = positionals[0] ?? new URL('../../shared/bench/iterater-dev/pairs.jsonl', import.meta.url).pathname;
// Other corpora of the same shape may leave out the domain (read as "news") and the split.
const pairs = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => ({ domain: 'news', split: 'none', ...JSON.parse(line) }) as Pair);
/** IteraTeR's dev and test pairs, kept aside: `--show` never prints them. */
const isHeld = (pair: Pair) => pair.split === 'dev' || pair.split === 'test';
const domains = [...new Set(pairs.map((p) => p.domain))];

/** Sentences as a reader splits them: after . ! or ? and before a capital, a figure or a quote. */
const sentences = (text: string) => text.split(/(?<=[.!?]["”’)]?)\s+(?=[\p{Lu}\p{N}"“(])/u).filter(Boolean);

/** The text as an article page: its title as the `h1`, then one paragraph per three sentences. */
function page(title: string, text: string): string {
  const all = sentences(text.trim());
  const paragraphs: string[] = [];
  for (let i = 0; i < all.length; i += 3) paragraphs.push(`<p>${escapeHtml(all.slice(i, i + 3).join(' '))}</p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main><article><h1>${escapeHtml(title)}</h1>${paragraphs.join('')}</article></main></body></html>`;
}

/** The text with runs of white space as one space, and where each character of it was in the text. */
function squeezed(text: string): { text: string; from: number[] } {
  let out = '';
  const from: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    if (/\s/.test(text[i]) && (out.endsWith(' ') || out === '')) continue;
    out += /\s/.test(text[i]) ? ' ' : text[i];
    from.push(i);
  }
  return { text: out, from };
}

const now = new Date('2026-12-07T00:00:00Z');
const url = 'https://example.org/revision';
const show = Number(values.show);

interface Outcome {
  domain: string;
  held: boolean;
  gold: boolean;
  predicted: boolean;
  /** The comparison as it was: any change to the text reported as changed claims. */
  before: boolean;
  /** The size rule: more than a tenth of the words changed. */
  size: boolean;
}
const outcomes: Outcome[] = [];
const claimOutcomes: Array<{ domain: string; gold: boolean; predicted: boolean }> = [];
const edits = new Map<string, { all: number; flagged: number; inClaim: number }>();
let unreadable = 0;
let shown = 0;
const started = performance.now();

for (const pair of pairs) {
  const title = `Revision of ${pair.doc_id}`;
  const comparison = comparePages(
    parsePage(page(title, pair.before_revision)),
    parsePage(page(title, pair.after_revision)),
    {
      url,
      now,
    },
  );
  if ('unreadable' in comparison) {
    unreadable += 1;
    continue;
  }
  const record = toCompareRecord(comparison.revision);
  const gold = pair.edit_actions.some((e) => e.major_intent === 'meaning-changed');
  const words = pair.before_revision.split(/\s+/).length;
  const changedWords = diffWords(pair.before_revision, pair.after_revision)
    .filter((p) => p.added || p.removed)
    .reduce((n, p) => n + p.value.split(/\s+/).filter(Boolean).length, 0);
  outcomes.push({
    domain: pair.domain,
    held: isHeld(pair),
    gold,
    predicted: record.substantive,
    before: record.textChanged,
    size: changedWords / words > 0.1,
  });
  if (show > shown && gold !== record.substantive && !isHeld(pair)) {
    shown += 1;
    console.log(`\n--- ${pair.domain} ${pair.doc_id} gold=${gold} predicted=${record.substantive}: ${record.summary}`);
    for (const e of pair.edit_actions) console.log(`  [${e.major_intent}] ${e.before ?? ''} → ${e.after ?? ''}`);
    for (const c of record.claims.changed) console.log(`  ${c.substantive ? 'S' : 'c'} ${c.reason} | ${c.marked}`);
    for (const c of record.claims.added) console.log(`  + ${c}`);
    for (const c of record.claims.removed) console.log(`  - ${c}`);
  }

  // Edit level: where, in the old text, each claim change stands, and whether it is substantive.
  const old = squeezed(pair.before_revision);
  const spansOf = (texts: string[]) =>
    texts.flatMap((text) => {
      const needle = text.replace(/\s+/g, ' ').trim();
      const at = old.text.indexOf(needle);
      return at >= 0 ? [[old.from[at], old.from[at + needle.length - 1] + 1] as const] : [];
    });
  const { changed, removed, added, restated } = record.claims;
  const substantiveSpans = spansOf([
    ...changed.filter((c) => c.substantive).flatMap((c) => sentences(c.before)),
    ...removed,
  ]);
  const anySpans = spansOf([...changed.flatMap((c) => sentences(c.before)), ...removed, ...restated.removed]);
  const within = (spans: ReadonlyArray<readonly [number, number]>, e: Edit) =>
    spans.some(([s, t]) => e.start_char_pos < t && Math.max(e.end_char_pos, e.start_char_pos + 1) > s);
  const addedIn = (texts: string[], e: Edit) =>
    Boolean(e.after?.trim()) && texts.join(' ').includes((e.after ?? '').trim());
  for (const e of pair.edit_actions) {
    // A corpus without offsets: an edit is placed where its old words are, if they are found once.
    if (e.start_char_pos === undefined) {
      const at = e.before ? pair.before_revision.indexOf(e.before) : -1;
      if (at < 0 || pair.before_revision.indexOf(e.before as string, at + 1) >= 0) continue;
      Object.assign(e, { start_char_pos: at, end_char_pos: at + (e.before as string).length });
    }
    const key = `${pair.domain} ${e.major_intent}`;
    const tally = edits.get(key) ?? { all: 0, flagged: 0, inClaim: 0 };
    tally.all += 1;
    if (within(substantiveSpans, e) || addedIn(added, e)) tally.flagged += 1;
    if (within(anySpans, e) || addedIn([...added, ...restated.added], e)) tally.inClaim += 1;
    edits.set(key, tally);
  }
  // Claim level: a changed claim is gold-substantive when a meaning-changed edit falls in it.
  for (const c of changed) {
    const spans = spansOf(sentences(c.before));
    if (spans.length === 0) continue;
    const gold = pair.edit_actions.some((e) => e.major_intent === 'meaning-changed' && within(spans, e));
    claimOutcomes.push({ domain: pair.domain, gold, predicted: c.substantive });
  }
}

const round = (n: number) => Math.round(n * 1000) / 1000;
function score(list: Outcome[], pick: (o: Outcome) => boolean) {
  const tp = list.filter((o) => o.gold && pick(o)).length;
  const fp = list.filter((o) => !o.gold && pick(o)).length;
  const fn = list.filter((o) => o.gold && !pick(o)).length;
  const copyEdits = list.filter((o) => !o.gold).length;
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { P: round(p), R: round(r), F1: round(p + r ? (2 * p * r) / (p + r) : 0), alarms: `${fp}/${copyEdits}` };
}

const rows: Array<Record<string, string | number>> = [];
for (const domain of domains) {
  for (const [subset, keep] of [
    ['all', () => true],
    ['held aside', (o: Outcome) => o.held],
  ] as const) {
    const list = outcomes.filter((o) => o.domain === domain && keep(o));
    if (list.length === 0) continue;
    for (const [method, pick] of [
      ['Dossier', (o: Outcome) => o.predicted],
      ['as it was', (o: Outcome) => o.before],
      ['size > 10%', (o: Outcome) => o.size],
    ] as const) {
      rows.push({ domain, subset, pairs: list.length, method, ...score(list, pick) });
    }
  }
}
console.table(rows);
console.table(
  domains.map((domain) => {
    const list = claimOutcomes.filter((o) => o.domain === domain) as Outcome[];
    return { domain, changedClaims: list.length, ...score(list, (o) => o.predicted) };
  }),
);
console.table(
  [...edits.entries()].sort().map(([key, t]) => ({
    edits: key,
    count: t.all,
    inSubstantiveClaimChange: `${((100 * t.flagged) / t.all).toFixed(1)}%`,
    inAnyClaimChange: `${((100 * t.inClaim) / t.all).toFixed(1)}%`,
  })),
);
const total = score(outcomes, (o) => o.predicted);
console.log(
  `${outcomes.length} pairs compared, ${unreadable} with a version Dossier cannot read, in ${Math.round(performance.now() - started)} ms`,
);
console.log(`changes: P=${total.P} R=${total.R} F1=${total.F1} copyEditAlarms=${total.alarms}`);
