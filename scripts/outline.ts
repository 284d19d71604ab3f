/**
 * The command line: `npm run -s outline -- [--json | --md [--article]] [--url URL] [--now ISO] [FILE ...]`.
 * `--json` prints one object per file per line; the fields are a contract other tools rely on:
 * later versions add fields and never rename them. `--md` (the default) prints each page as the
 * note the extension exports, with its default options; `--article` adds the full text. Without
 * FILE it outlines the bundled sample. `--compare [--json] OLD NEW` compares two saved copies of
 * one article as a revisit does (`compare-record.ts`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { extractArticle } from '../utils/core/extract/extract-article';
import { articleBody } from '../utils/core/markdown/article-body';
import { articleNote, notArticleNote } from '../utils/core/markdown/article-note';
import { DEFAULT_NOTE_OPTIONS } from '../utils/core/markdown/note-options';
import type { ExtractResult } from '../utils/core/types';
import { type Comparison, compareNote, comparePages, toCompareRecord } from './compare-record';
import { loadPage } from './load-page';

const SAMPLE_DIR = fileURLToPath(new URL('../assets/sample/', import.meta.url));
const sample = JSON.parse(readFileSync(`${SAMPLE_DIR}sample.json`, 'utf8')) as {
  file: string;
  url: string;
  capturedAt: string;
};

/** One line of `--json` output. Non-articles keep the same shape, with empty values. */
export function toJsonRecord(file: string, result: ExtractResult) {
  const article = result.isArticle ? result : null;
  return {
    file,
    url: result.url,
    canonicalUrl: article?.canonicalUrl ?? null,
    isArticle: result.isArticle,
    reason: result.isArticle ? null : result.reason,
    pageKind: result.isArticle ? 'article' : (result.pageKind ?? null),
    title: result.title,
    author: article?.author ?? null,
    authors: article?.authors ?? [],
    site: article?.site ?? null,
    publishedAt: article?.published?.iso ?? null,
    updatedAt: article?.updated?.iso ?? null,
    published: article?.published ?? null,
    updated: article?.updated ?? null,
    readingTimeMinutes: article?.readingTimeMinutes ?? null,
    language: article?.language ?? null,
    leadImage: article?.leadImage ?? null,
    wordCount: article?.wordCount ?? 0,
    text: article?.text ?? '',
    sections: article?.sections ?? [],
    actors: article?.actors ?? [],
    claims: article?.claims ?? [],
  };
}

/** A page as the note the extension exports, with the default options (and the full text if asked). */
export function toNote(result: ExtractResult, now: Date, withArticle: boolean): string {
  const options = { ...DEFAULT_NOTE_OPTIONS, article: withArticle };
  const captured = now.toISOString();
  if (!result.isArticle) return notArticleNote(result, captured, options);
  return articleNote({ article: result, captured, body: withArticle ? articleBody(result.html) : null }, options);
}

/** The command's options; throws on an unknown option or a missing value. */
const parseOptions = (argv: string[]) =>
  parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      md: { type: 'boolean', default: false },
      article: { type: 'boolean', default: false },
      url: { type: 'string' },
      now: { type: 'string' },
      compare: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });

const USAGE = [
  'usage: npm run -s outline -- [--json | --md [--article]] [--url URL] [--now ISO-8601] [FILE ...]',
  '       npm run -s outline -- --compare [--json] [--url URL] [--now ISO-8601] OLD NEW',
].join('\n');

/** Runs the command; returns the exit code (1 when any file could not be read or parsed). */
export async function main(argv: string[], out = process.stdout, err = process.stderr): Promise<number> {
  let args: ReturnType<typeof parseOptions>;
  try {
    args = parseOptions(argv);
  } catch (error) {
    err.write(`outline: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) {
    out.write(`${USAGE}\n`);
    return 0;
  }
  if (values.json && (values.md || values.article)) {
    err.write(`outline: --json cannot be combined with --md or --article\n${USAGE}\n`);
    return 2;
  }
  if (values.compare && (positionals.length !== 2 || values.md || values.article)) {
    err.write(`outline: --compare takes two files, OLD and NEW, and no --md or --article\n${USAGE}\n`);
    return 2;
  }
  const useSample = positionals.length === 0;
  const files = useSample ? [`${SAMPLE_DIR}${sample.file}`] : positionals;
  const now = new Date(values.now ?? (useSample ? sample.capturedAt : Date.now()));
  if (Number.isNaN(now.getTime())) {
    err.write(`outline: --now is not an ISO 8601 date: ${values.now}\n`);
    return 2;
  }

  /** A page parsed, or null after saying why it could not be read. */
  const load = async (file: string): Promise<Document | null> => {
    try {
      return await loadPage(file);
    } catch (error) {
      const { code, message } = error as NodeJS.ErrnoException;
      err.write(`outline: cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : message}\n`);
      return null;
    }
  };

  if (values.compare) {
    const [oldDoc, newDoc] = [await load(files[0]), await load(files[1])];
    if (!oldDoc || !newDoc) return 1;
    // A revisit reads both versions at one address: NEW's, unless --url names it.
    const url = values.url ?? pathToFileURL(files[1]).href;
    let comparison: Comparison;
    try {
      comparison = comparePages(oldDoc, newDoc, { url, now });
    } catch (error) {
      err.write(`outline: cannot compare ${files.join(' and ')}: ${(error as Error).message}\n`);
      return 1;
    }
    if ('unreadable' in comparison) {
      err.write(`outline: cannot compare ${files[comparison.unreadable === 'old' ? 0 : 1]}: ${comparison.reason}\n`);
      return 1;
    }
    const { revision, fresh } = comparison;
    out.write(
      values.json ? `${JSON.stringify(toCompareRecord(revision))}\n` : `${compareNote(revision, fresh, now)}\n`,
    );
    return 0;
  }

  let status = 0;
  for (const file of files) {
    const doc = await load(file);
    if (!doc) {
      status = 1;
      continue;
    }
    let result: ExtractResult;
    try {
      const url = values.url ?? (useSample ? sample.url : pathToFileURL(file).href);
      result = extractArticle(doc, { url, now });
    } catch (error) {
      err.write(`outline: cannot outline ${file}: ${(error as Error).message}\n`);
      status = 1;
      continue;
    }
    out.write(
      values.json ? `${JSON.stringify(toJsonRecord(file, result))}\n` : `${toNote(result, now, values.article)}\n`,
    );
  }
  return status;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
