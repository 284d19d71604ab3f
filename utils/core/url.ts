/** Addresses a reader's browser can open as a page or an image: http and https. */
export const HTTP_URL = /^https?:/i;

/**
 * `raw` resolved against `base`, or null when it does not parse or its scheme is not `allowed`
 * (tested on the resolved address, so a relative link takes the page's scheme).
 */
export function resolveUrl(raw: string | null | undefined, base: string, allowed: RegExp): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw, base).href;
    return allowed.test(url) ? url : null;
  } catch {
    return null;
  }
}

/** The host of `href` (resolved against `base`) without `www.`, or null when it has none. */
export function siteOf(href: string, base: string = href): string | null {
  try {
    return new URL(href, base).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
