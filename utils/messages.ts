/**
 * The one protocol between the popup and the extractor it injects into the reader's tab.
 * The popup first stores an `ExtractRequest` in the tab's isolated world, then runs the
 * extractor script, whose return value is an `ExtractResponse`. Payloads are plain JSON.
 */
import type { ExtractResult } from './core/types';

/** Where the request waits for the extractor, on the isolated world's `globalThis`. */
export const EXTRACT_REQUEST_KEY = '__dossierExtractRequest';

export interface ExtractRequest {
  /** The capture time, ISO 8601: the popup's clock, so relative dates resolve as the reader sees them. */
  now: string;
}

export type ExtractResponse =
  | { ok: true; result: ExtractResult }
  /** The tab shows a document that is not a web page (a PDF, an image). */
  | { ok: false; kind: 'unsupported'; contentType: string }
  | { ok: false; kind: 'error'; message: string };

/** Checks the shape of what came back from the tab: it crossed a process boundary. */
export function isExtractResponse(value: unknown): value is ExtractResponse {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.ok === true) return typeof v.result === 'object' && v.result !== null && 'isArticle' in v.result;
  return v.ok === false && (v.kind === 'unsupported' || v.kind === 'error');
}
