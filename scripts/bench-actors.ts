/**
 * `npm run bench:actors [-- DIR]`: Dossier's key actors against GUM's salience-graded,
 * coreference-merged entities (default: ../shared/bench/gum-dev, 101 documents in seven genres,
 * each as an article page; pass the folder holding `gold.json` as DIR when it is elsewhere), with a
 * naive list in the same run: the twelve most frequent runs of capitalised words not opening a
 * sentence.
 *
 * Scoring (gum-dev's SOURCE.md, written here so that any run scores the same way):
 * - each page is read by the whole pipeline, as the extension reads it (`extractArticle`);
 * - key actors: the named person, organization and place entities with grade ≥ 3 (three of five
 *   independent summaries name them); recall: their share among the first 12 actors;
 * - precision: of the first 12 actors, the share that are a named entity of the document;
 * - an actor matches an entity when its name or an alias, lower-cased, without "the", punctuation
 *   and a possessive 's, equals one of the entity's mentions or its Wikipedia title; two actors on
 *   one entity are a split, one actor on two entities an over-merge;
 * - kinds, on actors that match a person, organization or place: person is person, organization
 *   is organisation or group, place is country or place.
 * Documents of every fifth file name (in order) are a held-out part, reported on its own.
 * Ends with one line: `actors: recall=… precision=… kinds=… splits=… overMerges=…
 * naiveRecall=… naivePrecision=…`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../utils/core/extract/extract-article';
import { benchFolder } from './bench/bench-folder';
import { loadPage } from './load-page';

const dir = benchFolder('gum-dev');

interface Entity {
  id: number;
  type: string;
  grade: number;
  identity: string | null;
  named: boolean;
  mentions: string[];
  names: string[];
}
interface GoldDoc {
  set: string;
  file: string;
  url: string;
  date: string;
  entities: Entity[];
}
interface Candidate {
  name: string;
  aliases: string[];
  kind: string | null;
}

const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Record<string, GoldDoc>;
const KEY_TYPES = new Set(['person', 'organization', 'place']);

/** Lower case, no "the", no punctuation, no possessive 's. */
const norm = (text: string) =>
  text
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const forms = (e: Entity) =>
  new Set([...e.mentions, ...(e.identity ? [e.identity.replace(/_/g, ' ')] : [])].map(norm).filter(Boolean));
const matches = (c: Candidate, e: Entity) => {
  const f = forms(e);
  return [c.name, ...c.aliases].some((name) => f.has(norm(name)));
};
const kindRight = (c: Candidate, e: Entity) =>
  c.kind === null ||
  (e.type === 'person' && c.kind === 'person') ||
  (e.type === 'organization' && (c.kind === 'organisation' || c.kind === 'group')) ||
  (e.type === 'place' && (c.kind === 'country' || c.kind === 'place'));

/** The naive list: the twelve most frequent runs of capitalised words that do not open a sentence. */
function naive(text: string): Candidate[] {
  const counts = new Map<string, number>();
  for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
    const runs = sentence.matchAll(/(?<=\s)(\p{Lu}[\p{L}’'-]*(?:\s+(?:of|de|van|von|al)?\s*\p{Lu}[\p{L}’'-]*)*)/gu);
    for (const [run] of runs) counts.set(run, (counts.get(run) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([name]) => ({ name, aliases: [], kind: null }));
}

interface Tally {
  keys: number;
  found: number;
  listed: number;
  real: number;
  matched: number;
  kindsRight: number;
  splits: number;
  overMerges: number;
}
const tally = (): Tally => ({
  keys: 0,
  found: 0,
  listed: 0,
  real: 0,
  matched: 0,
  kindsRight: 0,
  splits: 0,
  overMerges: 0,
});

function score(t: Tally, doc: GoldDoc, actors: Candidate[]) {
  const top = actors.slice(0, 12);
  const keys = doc.entities.filter((e) => e.named && e.grade >= 3 && KEY_TYPES.has(e.type));
  const named = doc.entities.filter((e) => e.named);
  t.keys += keys.length;
  t.found += keys.filter((e) => top.some((c) => matches(c, e))).length;
  t.listed += top.length;
  const onEntity = new Map<number, number>();
  for (const c of top) {
    const hits = named.filter((e) => matches(c, e));
    if (!hits.length) continue;
    t.real++;
    // Kinds are read on actors that match a person, organization or place.
    const actor = hits.find((e) => KEY_TYPES.has(e.type));
    if (actor) {
      t.matched++;
      if (kindRight(c, actor)) t.kindsRight++;
    }
    if (hits.length > 1) t.overMerges++;
    for (const e of hits) onEntity.set(e.id, (onEntity.get(e.id) ?? 0) + 1);
  }
  for (const n of onEntity.values()) if (n > 1) t.splits += n - 1;
}

const parts = { dossier: new Map<string, Tally>(), naive: new Map<string, Tally>() };
const of = (m: Map<string, Tally>, key: string) => {
  if (!m.has(key)) m.set(key, tally());
  return m.get(key) as Tally;
};
let refused = 0;
const files = Object.keys(gold).sort();
for (const [index, key] of files.entries()) {
  const doc = gold[key];
  const page = extractArticle(await loadPage(join(dir, doc.file)), {
    url: doc.url || `https://example.invalid/${key}`,
    now: new Date(`${doc.date || '2026-01-01'}T12:00:00Z`),
  });
  const ours: Candidate[] = page.isArticle
    ? page.actors.map((a) => ({ name: a.name, aliases: a.aliases, kind: a.kind }))
    : [];
  if (!page.isArticle) refused++;
  const theirs = naive(page.isArticle ? page.text : '');
  const heldOut = index % 5 === 4;
  for (const part of [doc.set, 'all', heldOut ? 'held-out' : 'tuning']) {
    score(of(parts.dossier, part), doc, ours);
    score(of(parts.naive, part), doc, theirs);
  }
}

const ratio = (a: number, b: number) => (b ? a / b : 0);
const figures = (t: Tally) => ({
  recall: ratio(t.found, t.keys),
  precision: ratio(t.real, t.listed),
  kinds: ratio(t.kindsRight, t.matched),
  splits: t.splits,
  overMerges: t.overMerges,
});
const fmt = (n: number) => n.toFixed(3).padStart(7);
const lines = [`${files.length} documents from ${dir} (${refused} refused as not articles)`];
lines.push(`${'part'.padEnd(12)} recall precision  kinds splits merges |  naive recall precision`);
for (const part of [...parts.dossier.keys()].sort()) {
  const d = figures(of(parts.dossier, part));
  const n = figures(of(parts.naive, part));
  lines.push(
    `${part.padEnd(12)}${fmt(d.recall)}${fmt(d.precision)}  ${fmt(d.kinds)}${String(d.splits).padStart(7)}${String(d.overMerges).padStart(7)} |  ${fmt(n.recall)}${fmt(n.precision)}`,
  );
}
const all = figures(of(parts.dossier, 'all'));
const base = figures(of(parts.naive, 'all'));
lines.push(
  `actors: recall=${all.recall.toFixed(4)} precision=${all.precision.toFixed(4)} kinds=${all.kinds.toFixed(4)} splits=${all.splits} overMerges=${all.overMerges} naiveRecall=${base.recall.toFixed(4)} naivePrecision=${base.precision.toFixed(4)}`,
);
process.stdout.write(`${lines.join('\n')}\n`);
