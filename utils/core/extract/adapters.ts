import type { SiteAdapter } from './site-adapter';
import { wixAdapter } from './wix';

/**
 * Site and platform adapters, tried in order; the first that recognises the page wins. Each is
 * one small file beside this one, recognised by generator tags or markup, never by domain.
 */
export const SITE_ADAPTERS: SiteAdapter[] = [wixAdapter];
