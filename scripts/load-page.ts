import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { ALL_DATE_LANGUAGES } from '../utils/core/dates/all-date-languages';
import { addDateLanguages } from '../utils/core/dates/date-languages';
import { settleBody } from '../utils/core/extract/settle-body';

// The command line and the benchmarks read dates in every language chrono reads.
addDateLanguages(ALL_DATE_LANGUAGES);

/**
 * A saved page (`.html`, or `.html.gz` as benchmarks store them) parsed into a DOM document.
 * linkedom parses without running scripts or loading anything, and is several times faster
 * than jsdom on 1–2 MB Wix pages; its root is then settled as a browser's would be (`settleBody`).
 */
export async function loadPage(file: string): Promise<Document> {
  return parsePage(pageText(file, await readFile(file)));
}

/** A saved page's HTML from the bytes of its file, gunzipped when the file is `.gz`. */
export const pageText = (file: string, bytes: Buffer): string =>
  (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');

/** A page's HTML parsed as `loadPage` parses a saved page. */
export const parsePage = (html: string): Document => settleBody(parseHTML(html).document as unknown as Document);
