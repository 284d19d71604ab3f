/** The page's `<meta>` tags, read once: a dozen lookups must not walk a large page a dozen times. */
export interface MetaTags {
  /**
   * The content of the first `<meta>` whose `property`, `name` or `itemprop` is one of `keys`
   * (tried in the order given, case-insensitively), trimmed; null when none has a value.
   */
  get(...keys: string[]): string | null;
  /** The content of the first `<meta>` whose key matches `pattern`, for names no list foresees. */
  find(pattern: RegExp): string | null;
}

/** Indexes every `<meta content>` by its lower-cased `property`, `name` and `itemprop`. */
export function readMetaTags(doc: Document): MetaTags {
  const index = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta[content]'))) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      // The first tag with a key wins, as it would for a reader scanning the head.
      if (key && !index.has(key)) index.set(key, content);
    }
  }
  return {
    get(...keys) {
      for (const key of keys) {
        const value = index.get(key.toLowerCase());
        if (value) return value;
      }
      return null;
    },
    find(pattern) {
      for (const [key, value] of index) if (pattern.test(key)) return value;
      return null;
    },
  };
}
