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
const pairs = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Pair);

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
const edits = new Map<string, { all: number; flagged: number }>();
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
    held: pair.split !== 'train',
    gold,
    predicted: record.substantive,
    before: record.textChanged,
    size: changedWords / words > 0.1,
  });
  if (show > shown && gold !== record.substantive && pair.split === 'train') {
    shown += 1;
    console.log(`\n--- ${pair.domain} ${pair.doc_id} gold=${gold} predicted=${record.substantive}: ${record.summary}`);
    for (const e of pair.edit_actions) console.log(`  [${e.major_intent}] ${e.before ?? ''} → ${e.after ?? ''}`);
    for (const c of record.claims.changed) console.log(`  ${c.substantive ? 'S' : 'c'} ${c.reason} | ${c.marked}`);
    for (const c of record.claims.added) console.log(`  + ${c}`);
    for (const c of record.claims.removed) console.log(`  - ${c}`);
  }

  // Edit level: where, in the old text, each claim change marked substantive stands.
  const old = squeezed(pair.before_revision);
  const spans: Array<[number, number]> = [];
  const claimSpan = (text: string) => {
    const at = old.text.indexOf(text.replace(/\s+/g, ' ').trim());
    if (at >= 0) spans.push([old.from[at], old.from[at + text.length - 1] + 1]);
  };
  for (const c of record.claims.changed) if (c.substantive) for (const s of sentences(c.before)) claimSpan(s);
  for (const c of record.claims.removed) claimSpan(c);
  const addedText = record.claims.added.join(' ');
  for (const e of pair.edit_actions) {
    const key = `${pair.domain} ${e.major_intent}`;
    const tally = edits.get(key) ?? { all: 0, flagged: 0 };
    tally.all += 1;
    const inChanged = spans.some(
      ([s, t]) => e.start_char_pos < t && Math.max(e.end_char_pos, e.start_char_pos + 1) > s,
    );
    const inAdded = Boolean(e.after?.trim()) && addedText.includes((e.after ?? '').trim());
    if (inChanged || inAdded) tally.flagged += 1;
    edits.set(key, tally);
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
for (const domain of ['wiki', 'arxiv']) {
  for (const [subset, keep] of [
    ['all', () => true],
    ['held aside', (o: Outcome) => o.held],
  ] as const) {
    const list = outcomes.filter((o) => o.domain === domain && keep(o));
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
  [...edits.entries()]
    .sort()
    .map(([key, t]) => ({ edits: key, count: t.all, inSubstantiveClaimChange: `${round(t.flagged / t.all) * 100}%` })),
);
const total = score(outcomes, (o) => o.predicted);
console.log(
  `${outcomes.length} pairs compared, ${unreadable} with a version Dossier cannot read, in ${Math.round(performance.now() - started)} ms`,
);
console.log(`changes: P=${total.P} R=${total.R} F1=${total.F1} copyEditAlarms=${total.alarms}`);
