import { HTTP_URL, resolveUrl } from '../url';

/**
 * Query parameters that say who sent the reader, not which page they read: campaign tags, click
 * ids and share markers. Two links that differ only in these are one article.
 */
const TRACKING =
  /^(?:utm_.*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|_hsenc|_hsmi|mkt_tok|ref_src|ref_url|cmpid|ocid|s_cid|share|smid|sr_share|at_medium|at_campaign|srsltid)$/i;

/**
 * The address a saved article is known by: the page's canonical URL when it gives one, else the
 * address it was read from; without tracking parameters or fragment, with the host in lower case.
 * Saving the same article from a newsletter link and from the site is one article.
 */
export function articleAddress(url: string, canonicalUrl: string | null = null): string {
  const chosen = resolveUrl(canonicalUrl, url, HTTP_URL) ?? url;
  let parsed: URL;
  try {
    parsed = new URL(chosen);
  } catch {
    return chosen;
  }
  parsed.hash = '';
  for (const name of [...parsed.searchParams.keys()]) if (TRACKING.test(name)) parsed.searchParams.delete(name);
  parsed.searchParams.sort();
  // URL already lower-cases the host and drops default ports; an empty query leaves no "?".
  return parsed.href.replace(/\?$/, '');
}

/**
 * The match pattern that grants an article's site: "https://example.com/*". Without its port:
 * Firefox does not match a pattern that names one, and a pattern without matches every port.
 */
export function originPattern(address: string): string {
  const { protocol, hostname } = new URL(address);
  return `${protocol}//${hostname}/*`;
}
