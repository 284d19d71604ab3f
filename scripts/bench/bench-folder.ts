import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The product's sample article, in the repository: what a benchmark reads of it needs nothing beside it. */
export const SEED_DIR = resolve('tests/fixtures/wix-seed');

/** What each corpus's folder holds, as `../shared/bench/<name>/SOURCE.md` describes it. */
const LAYOUTS = {
  'article-extraction-benchmark': ['ground-truth.json', 'html/'],
  'gum-dev': ['gold.json'],
  'polnear-train': ['attributions/', 'text/'],
  'wcxb-dev': ['html/', 'ground-truth/'],
} as const;

/**
 * The data folder a benchmark reads: the one given (by default its first command-line argument) or
 * `../shared/bench/<name>` beside the checkout. Without what the corpus holds in it, stops with one
 * sentence saying what to pass, and how.
 */
export function benchFolder(
  name: keyof typeof LAYOUTS,
  { given = process.argv[2], how = 'as the first argument' }: { given?: string; how?: string } = {},
): string {
  const dir = resolve(given ?? `../shared/bench/${name}`);
  const holds = LAYOUTS[name];
  if (!holds.every((entry) => existsSync(join(dir, entry)))) {
    process.stderr.write(`No ${name} data at ${dir}: pass the folder that holds ${holds.join(' and ')} ${how}.\n`);
    process.exit(2);
  }
  return dir;
}
