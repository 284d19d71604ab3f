/**
 * The interface's words, in the reader's language: `browser.i18n` over `public/_locales`, with
 * plurals and numbers through `Intl`. The browser picks the catalog (its own UI language, else
 * English); every page, the panel and the background ask here and nowhere else.
 */
import type english from '@/public/_locales/en/messages.json';

type Catalog = typeof english;
export type MessageKey = keyof Catalog;
/** A message with a form per plural category (`claimsAdded_one`, `claimsAdded_other`, …). */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

type Arg = string | number;

/** The message `key`, its `$1`, `$2`… filled with `args`. */
export function t(key: MessageKey, ...args: Arg[]): string {
  return browser.i18n.getMessage(key, args.map(String));
}

/** The language of the catalog the browser chose (`en`, `de`, `pt-BR`…): what `Intl` writes in. */
const uiLocale = (): string => t('locale') || 'en';

/**
 * The locale dates are written in: the reader's own variant of the catalog's language (en-GB's
 * "8 Jul 2025", not en-US's "Jul 8, 2025"), else the catalog's, so that a date never appears in
 * a language the sentence around it is not in.
 */
export function dateLocale(): string {
  const language = uiLocale();
  const own = typeof navigator === 'undefined' ? undefined : navigator.language;
  return own && own.split('-')[0] === language.split('-')[0] ? own : language;
}

/** `n` as the reader's language writes numbers ("1,234", "1.234", "1 234"). */
export const formatNumber = (n: number): string => new Intl.NumberFormat(uiLocale()).format(n);

/** The form of `key` for `n` (its `$1`), chosen by the language's plural rules; `_other` when it has no such form. */
export function plural(key: PluralKey, n: number, ...more: Arg[]): string {
  const category = new Intl.PluralRules(uiLocale()).select(n);
  const args = [formatNumber(n), ...more].map(String);
  // A category English lacks (French "many", for a million) is in the languages that have it.
  const form = `${key}_${category}` as MessageKey;
  return browser.i18n.getMessage(form, args) || browser.i18n.getMessage(`${key}_other`, args);
}

/**
 * A list as the language joins one: a sentence's "a, b and c" ("a, b und c", "a、b、c"), or a
 * label's plain "a, b" (`unit`).
 */
export const formatList = (items: string[], type: 'conjunction' | 'unit' = 'conjunction'): string =>
  new Intl.ListFormat(uiLocale(), { type }).format(items);

/** A quoted title, with the language's own quotation marks. */
export const quoted = (text: string): string => t('quoted', text);

/** Marks a part inside a message: private-use characters no translation contains. */
const PART = /\uE000(\d)\uE001/;

/**
 * A message with elements inside it ("Published <time>…</time>"): the text around them in the
 * order the language puts it, and the elements themselves in their places.
 */
export function tParts<T>(key: MessageKey, ...parts: T[]): Array<string | T> {
  const text = t(key, ...parts.map((_, i) => `\uE000${i}\uE001`));
  return text
    .split(PART)
    .map((piece, i) => (i % 2 === 1 ? parts[Number(piece)] : piece))
    .filter((piece) => piece !== '');
}

/** Gives an extension page its language (for screen readers' voices and hyphenation) and its title. */
export function localizePage(title?: MessageKey): void {
  document.documentElement.lang = uiLocale();
  if (title) document.title = t(title);
}
