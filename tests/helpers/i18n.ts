/**
 * `browser.i18n` for unit tests, which run in Node with WXT's fake browser (it has no i18n): the
 * messages of one `public/_locales` catalog, filled as Chrome and Firefox fill them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing';

export type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const LOCALES = new URL('../../public/_locales/', import.meta.url);

/** Every catalog's folder name (`en`, `pt_BR`…). */
export const localeFolders = (): string[] => readdirSync(LOCALES).sort();

export const readCatalog = (folder: string): Catalog =>
  JSON.parse(readFileSync(new URL(`${folder}/messages.json`, LOCALES), 'utf8'));

/** A message with its `$NAME$` placeholders and `$1`…`$9` filled, and `$$` a dollar sign: the browsers' rules. */
export function fillMessage(catalog: Catalog, key: string, substitutions: string[] = []): string {
  const entry = catalog[key];
  if (!entry) return '';
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? placeholder.content : whole;
  });
  return named.replace(/\$(\$|[1-9])/g, (_, which: string) =>
    which === '$' ? '$' : (substitutions[Number(which) - 1] ?? ''),
  );
}

/** Makes `browser.i18n` answer from the catalog in `folder`, as a browser in that language would. */
export function useCatalog(folder: string): void {
  const catalog = readCatalog(folder);
  fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) =>
    fillMessage(catalog, key, typeof substitutions === 'string' ? [substitutions] : substitutions)) as never;
  fakeBrowser.i18n.getUILanguage = () => folder.replace('_', '-');
}

/** A not-article page's message in the English catalog, as the interface shows it to an English reader. */
export const englishReason = (page: { reasonKey: string; reasonArgs?: number[] }): string =>
  fillMessage(
    readCatalog('en'),
    page.reasonKey,
    (page.reasonArgs ?? []).map((n) => n.toLocaleString('en')),
  );
