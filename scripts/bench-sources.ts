/**
 * `npm run bench:sources [-- DIR]`: who said so. Dossier's claim sources against PolNeAR's
 * attributions (default: ../shared/bench/polnear-train, 840 US political news articles of 2016 with
 * every attribution annotated; pass the folder that holds `text/` and `attributions/` as DIR when
 * it is elsewhere), with a regular-expression baseline in the same run.
 *
 * Matching rules (PolNeAR's SOURCE.md, written here so that any run scores the same way):
 * - each article is analysed as the extension analyses a page's text: the first line its title,
 *   the rest its paragraphs; one annotator's file is read per article (the first by name);
 * - a claim is matched to an attribution when most of the attribution's Content lies in the
 *   claim's sentence, or most of the sentence in the Content (the second sentence of a quote of
 *   two); a claim that no attribution's Content, Cue or Source touches has none; claims whose matched attributions all have a pronoun (or no) source are left
 *   out; a speech attribution is one whose cue is a form of say, tell, add, state, note, explain,
 *   ask, reply, write or announce, or "according to";
 * - a source is right when it names the same speaker as one of the matched sources: two names
 *   share a name word ("Ms. Dong" and "Dong Xiaolin"); otherwise the head words agree ("the Clinton
 *   campaign" and "Clinton's campaign"), so "Trump's spokesman" is not "Trump";
 * - precision: right sources of those given; recall: right sources of all such claims; F1;
 *   separately for claims with a speech attribution and for all; and `spurious`: the share of
 *   claims with no attribution at all that are given a source.
 * The rules were tuned looking at the even-numbered articles (in name order): the odd ones are
 * reported apart as a held-out half. `BENCH_MISSES=N` prints the first N claims of the tuning half
 * whose speech source is missing or wrong, or that are given a source where nothing is attributed,
 * to read while working (PolNeAR's texts are research data: read them there, never copy them here);
 * `BENCH_CUES=N` prints the N annotated cues ("said", "shows", "as follows:") most often behind a
 * missing or wrong source there, over all cues.
 * Ends with one line: `sources: speechF1=… speechP=… speechR=… allF1=… allP=… allR=… spurious=…
 * baselineSpeechF1=… baselineAllF1=… baselineSpurious=…`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseArticle } from '../utils/core/outline/analyse-article';
import { benchFolder } from './bench/bench-folder';
import { type Attribution, readAttributions } from './bench/brat';
import { isPronoun, sameSpeaker } from './bench/speaker-match';

const dir = benchFolder('polnear-train');

const SPEECH_CUE =
  /^(?:say|says|said|saying|tell|tells|told|telling|add|adds|added|adding|state|states|stated|note|notes|noted|explain|explains|explained|ask|asks|asked|reply|replies|replied|write|writes|wrote|written|announce|announces|announced|according to)$/i;
const isSpeech = (a: Attribution) => SPEECH_CUE.test(a.cue.replace(/\s+/g, ' ').trim());

/** The baseline: "according to X", "…, X said", "X said …", "said X", each X up to six words. */
function baselineSource(sentence: string): string | null {
  const patterns = [
    /\baccording to ((?:[\w'’.-]+ ?){1,6}?)(?=[,.;:]|$)/i,
    /(?:^|[,”"]\s*)((?:[\w'’.-]+ ){0,5}[\w'’.-]+) (?:said|says|told)\b/,
    /\b(?:said|says) ((?:[\w'’.-]+ ?){1,6}?)(?=[,.;:]|$)/,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(sentence);
    if (match) return match[1].trim();
  }
  return null;
}

interface Tally {
  given: number;
  right: number;
  total: number;
}
const tally = (): Tally => ({ given: 0, right: 0, total: 0 });
const scores = {
  dossier: { speech: tally(), all: tally(), spurious: 0 },
  baseline: { speech: tally(), all: tally(), spurious: 0 },
};
const heldOut = { speech: tally(), all: tally(), spurious: 0 };
let unattributed = 0;
let unattributedHeldOut = 0;
let claimsSeen = 0;
const missedCues = new Map<string, number>();
const misses: Array<{ article: string; sentence: string; gold: string[]; given: string | null }> = [];

function count(t: Tally, given: string | null, gold: string[]) {
  t.total++;
  if (!given) return;
  t.given++;
  if (gold.some((speaker) => sameSpeaker(given, speaker))) t.right++;
}

const files = readdirSync(join(dir, 'text')).filter((f) => f.endsWith('.txt'));
const annotations = readdirSync(join(dir, 'attributions')).sort();
for (const [index, file] of files.sort().entries()) {
  const name = file.slice(0, -4);
  const odd = index % 2 === 1;
  const ann = annotations.find((a) => a.startsWith(`${name}_`));
  if (!ann) continue;
  const raw = readFileSync(join(dir, 'text', file), 'utf8');
  const attributions = readAttributions(readFileSync(join(dir, 'attributions', ann), 'utf8'));
  const newline = raw.indexOf('\n');
  const title = raw.slice(0, newline).trim();
  const text = raw.slice(newline + 1);
  const { claims } = analyseArticle({ title, site: null, authors: [], text, sections: [], language: 'en' });
  for (const claim of claims) {
    const at = raw.indexOf(claim.text);
    if (at < 0) continue;
    claimsSeen++;
    const end = at + claim.text.length;
    const shared = (spans: Array<[number, number]>) =>
      spans.reduce((sum, [s, e]) => sum + Math.max(0, Math.min(e, end) - Math.max(s, at)), 0);
    const matched = attributions.filter((a) => {
      const inside = shared(a.content);
      const length = a.content.reduce((sum, [s, e]) => sum + (e - s), 0);
      return length > 0 && (inside * 2 > length || inside * 2 > end - at);
    });
    const touched = attributions.some((a) => shared([...a.content, ...a.cueSpans, ...a.sourceSpans]) > 0);
    const ours = claim.source;
    const theirs = baselineSource(claim.text);
    if (!matched.length) {
      if (touched) continue;
      unattributed++;
      if (odd) unattributedHeldOut++;
      if (ours && odd) heldOut.spurious++;
      if (ours) {
        scores.dossier.spurious++;
        if (!odd) misses.push({ article: name, sentence: claim.text, gold: [], given: ours });
      }
      if (theirs) scores.baseline.spurious++;
      continue;
    }
    const named = matched.filter((a) => a.source && !isPronoun(a.source));
    if (!named.length) continue;
    const speech = named.filter(isSpeech).map((a) => a.source as string);
    const all = named.map((a) => a.source as string);
    if (speech.length) {
      count(scores.dossier.speech, ours, speech);
      count(scores.baseline.speech, theirs, speech);
      if (odd) count(heldOut.speech, ours, speech);
    }
    count(scores.dossier.all, ours, all);
    count(scores.baseline.all, theirs, all);
    if (odd) count(heldOut.all, ours, all);
    if (!odd && !(ours && all.some((s) => sameSpeaker(ours, s)))) {
      const cue = `${ours ? 'wrong' : 'none'} ${named[0].cue.replace(/\s+/g, ' ').trim().toLowerCase()}`;
      missedCues.set(cue, (missedCues.get(cue) ?? 0) + 1);
    }
    if (!odd && speech.length && (!ours || !speech.some((s) => sameSpeaker(ours, s))))
      misses.push({ article: name, sentence: claim.text, gold: speech, given: ours });
  }
}

const f1 = (t: Tally) => {
  const p = t.given ? t.right / t.given : 0;
  const r = t.total ? t.right / t.total : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};
const row = (name: string, s: typeof scores.dossier, none = unattributed) => {
  const sp = f1(s.speech);
  const al = f1(s.all);
  const fmt = (n: number) => n.toFixed(3).padStart(7);
  return `${name.padEnd(10)} speech P${fmt(sp.p)} R${fmt(sp.r)} F1${fmt(sp.f1)} (${s.speech.total}) | all P${fmt(al.p)} R${fmt(al.r)} F1${fmt(al.f1)} (${s.all.total}) | spurious${fmt(s.spurious / Math.max(1, none))}`;
};
if (process.env.BENCH_MISSES) {
  for (const miss of misses.slice(0, Number(process.env.BENCH_MISSES)))
    process.stdout.write(
      `MISS ${miss.article.slice(0, 40)} | ${JSON.stringify(miss.given)} gold ${JSON.stringify(miss.gold)} | ${miss.sentence.slice(0, 160)}\n`,
    );
}
if (process.env.BENCH_CUES) {
  const top = [...missedCues].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.BENCH_CUES));
  process.stdout.write(`${top.map(([cue, n]) => `${n} ${cue}`).join('\n')}\n`);
}
const ours = { speech: f1(scores.dossier.speech), all: f1(scores.dossier.all) };
const base = { speech: f1(scores.baseline.speech), all: f1(scores.baseline.all) };
process.stdout.write(
  `${[
    `${files.length} articles, ${claimsSeen} claims (${unattributed} with no attribution) from ${dir}`,
    row('dossier', scores.dossier),
    row('held-out', heldOut, unattributedHeldOut),
    row('baseline', scores.baseline),
    `sources: speechF1=${ours.speech.f1.toFixed(4)} speechP=${ours.speech.p.toFixed(4)} speechR=${ours.speech.r.toFixed(4)} allF1=${ours.all.f1.toFixed(4)} allP=${ours.all.p.toFixed(4)} allR=${ours.all.r.toFixed(4)} spurious=${(scores.dossier.spurious / Math.max(1, unattributed)).toFixed(4)} baselineSpeechF1=${base.speech.f1.toFixed(4)} baselineAllF1=${base.all.f1.toFixed(4)} baselineSpurious=${(scores.baseline.spurious / Math.max(1, unattributed)).toFixed(4)}`,
  ].join('\n')}\n`,
);
