import { Readability } from '@mozilla/readability';
import type { ReadabilityHints } from '../metadata/identity';

export interface ReadabilityOutput extends ReadabilityHints {
  content: Element;
}

/**
 * Runs Readability on `clone`, which it mutates (it must never see the live page), and returns
 * the body as an element of that clone, so that the heading marks left on it can be read back.
 */
export function runReadability(clone: Document): ReadabilityOutput | null {
  const parsed = new Readability<Element>(clone, { keepClasses: true, serializer: (node) => node as Element }).parse();
  if (!parsed?.content) return null;
  return {
    content: parsed.content,
    title: parsed.title ?? null,
    byline: parsed.byline ?? null,
    siteName: parsed.siteName ?? null,
  };
}
