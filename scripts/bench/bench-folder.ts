import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The product's sample article, in the repository: what a benchmark reads of it needs nothing beside it. */
export const SEED_DIR = resolve('tests/fixtures/wix-seed');

/**
 * The data folder a benchmark reads: the one given (by default its first command-line argument) or
 * `../shared/bench/<name>` beside the checkout. Without the first of `holds` in it, stops with one
 * sentence saying what to pass, and how.
 */
export function benchFolder(
  name: string,
  holds: string,
  { given = process.argv[2], how = 'as the first argument' }: { given?: string; how?: string } = {},
): string {
  const dir = resolve(given ?? `../shared/bench/${name}`);
  if (!existsSync(join(dir, holds.split(' ')[0] as string))) {
    process.stderr.write(`No ${name} data at ${dir}: pass the folder that holds ${holds} ${how}.\n`);
    process.exit(2);
  }
  return dir;
}
