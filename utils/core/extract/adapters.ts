import { bloggerAdapter } from './blogger';
import { ghostAdapter } from './ghost';
import { mediumAdapter } from './medium';
import type { SiteAdapter } from './site-adapter';
import { squarespaceAdapter } from './squarespace';
import { substackAdapter } from './substack';
import { wixAdapter } from './wix';
import { wordpressAdapter } from './wordpress';

/**
 * Site and platform adapters, tried in order; the first that recognises the page wins. Each is
 * one small file beside this one, recognised by generator tags or markup, never by domain.
 */
export const SITE_ADAPTERS: SiteAdapter[] = [
  substackAdapter,
  mediumAdapter,
  ghostAdapter,
  bloggerAdapter,
  squarespaceAdapter,
  wixAdapter,
  // Last: WordPress markup is the most generic, and other platforms' pages may reuse its classes.
  wordpressAdapter,
];
