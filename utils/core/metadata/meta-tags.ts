/**
 * The content of the first `<meta>` whose `property`, `name` or `itemprop` is one of `keys`
 * (tried in the order given), trimmed; null when none has a non-empty value.
 */
export function metaContent(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const value = doc.querySelector(`meta[${attr}="${key}"]`)?.getAttribute('content')?.trim();
      if (value) return value;
    }
  }
  return null;
}
