/**
 * `npm run bench:hedges [-- FILE]`: the hedge flag of Dossier's claims against sentences labelled
 * blind (default: tests/fixtures/hedges/sentences.json, 275 sentences of real news pages, 112 of
 * them hedged; see tests/fixtures/SOURCE.md), with a baseline in the same run: a sentence holding
 * "may", "might" or "could" is hedged. Each sentence is read as the claim reader reads a sentence
 * (`hedgeCues`). Prints precision, recall and F1 of "hedged", the sentences missed and wrongly
 * flagged with their cues, the figures on the half the cues were tuned on (even-numbered sentences)
 * and on the other half, and ends with one line:
 * `hedges: precision=… recall=… f1=… baselinePrecision=… baselineRecall=… baselineF1=…`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { hedgeCues } from '../utils/core/claims/hedges';

interface Labelled {
  page: string;
  text: string;
  hedged: boolean;
  cues: string[];
}

const file = resolve(process.argv[2] ?? 'tests/fixtures/hedges/sentences.json');
const sentences = JSON.parse(readFileSync(file, 'utf8')) as Labelled[];

const baseline = (text: string) => /\b(?:may|might|could)\b/.test(text);

function score(flag: (text: string) => boolean, part: (i: number) => boolean = () => true) {
  let truePos = 0;
  let falsePos = 0;
  let falseNeg = 0;
  for (const [i, s] of sentences.entries()) {
    if (!part(i)) continue;
    const flagged = flag(s.text);
    if (flagged && s.hedged) truePos++;
    else if (flagged) falsePos++;
    else if (s.hedged) falseNeg++;
  }
  const precision = truePos / Math.max(1, truePos + falsePos);
  const recall = truePos / Math.max(1, truePos + falseNeg);
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

const flagged = (text: string) => hedgeCues(text).length > 0;
const ours = score(flagged);
const theirs = score(baseline);
// The cue list was tuned looking at the even-numbered sentences; the odd ones check that it generalises.
const tuning = score(flagged, (i) => i % 2 === 0);
const heldOut = score(flagged, (i) => i % 2 === 1);
const lines: string[] = [];
for (const s of sentences) {
  const cues = hedgeCues(s.text);
  if (cues.length > 0 === s.hedged) continue;
  lines.push(`${s.hedged ? 'missed ' : 'wrongly'} ${JSON.stringify(s.hedged ? s.cues : cues)} ${s.text.slice(0, 140)}`);
}
const fmt = (n: number) => n.toFixed(3);
process.stdout.write(
  `${[
    `${sentences.length} sentences (${sentences.filter((s) => s.hedged).length} hedged) from ${file}`,
    ...lines,
    `dossier   precision ${fmt(ours.precision)} recall ${fmt(ours.recall)} F1 ${fmt(ours.f1)}`,
    `  tuning half (even)   precision ${fmt(tuning.precision)} recall ${fmt(tuning.recall)} F1 ${fmt(tuning.f1)}`,
    `  held-out half (odd)  precision ${fmt(heldOut.precision)} recall ${fmt(heldOut.recall)} F1 ${fmt(heldOut.f1)}`,
    `baseline  precision ${fmt(theirs.precision)} recall ${fmt(theirs.recall)} F1 ${fmt(theirs.f1)}  (may, might, could)`,
    `hedges: precision=${ours.precision.toFixed(4)} recall=${ours.recall.toFixed(4)} f1=${ours.f1.toFixed(4)} baselinePrecision=${theirs.precision.toFixed(4)} baselineRecall=${theirs.recall.toFixed(4)} baselineF1=${theirs.f1.toFixed(4)}`,
  ].join('\n')}\n`,
);
