import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

/**
 * A saved page (`.html`, or `.html.gz` as benchmarks store them) parsed into a DOM document.
 * linkedom parses without running scripts or loading anything, and is several times faster
 * than jsdom on 1–2 MB Wix pages.
 */
export async function loadPage(file: string): Promise<Document> {
  let bytes = await readFile(file);
  if (file.endsWith('.gz')) bytes = gunzipSync(bytes);
  return parseHTML(bytes.toString('utf8')).document as unknown as Document;
}
