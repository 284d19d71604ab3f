/**
 * The one protocol between the popup and the extractor it injects into the reader's tab.
 * The popup first stores an `ExtractRequest` in the tab's isolated world, then runs the
 * extractor script, whose return value is an `ExtractResponse`. Payloads are plain JSON.
 */
import type { IndexEntry, SavedArticle } from './core/library/saved-article';
import type { NoteOptions } from './core/markdown/note-options';
import type { Article, PageArticle, PageResult } from './core/types';
import type { SaveResult, ToolbarOpens } from './library-store';
import type { PageTimings } from './popup-marks';

/** Where the request waits for the extractor, on the isolated world's `globalThis`. */
export const EXTRACT_REQUEST_KEY = '__dossierExtractRequest';
/**
 * Where `date-languages.js`, injected before the extractor into a page in another language than
 * English, leaves chrono's parsers for the extractor to take.
 */
export const DATE_LANGUAGES_KEY = '__dossierDateLanguages';

export interface ExtractRequest {
  /** The capture time, ISO 8601: the popup's clock, so relative dates resolve as the reader sees them. */
  now: string;
  /** The reader chose "Outline anyway" on a page that does not look like an article. */
  outlineAnyway?: boolean;
}

export type ExtractResponse =
  | { ok: true; result: PageResult; timings?: PageTimings }
  /** The tab shows a document that is not a web page (a PDF, an image). */
  | { ok: false; kind: 'unsupported'; contentType: string }
  /** The page is in a language whose dates need `date-languages.js`: inject it, then ask again. */
  | { ok: false; kind: 'needs-dates' }
  | { ok: false; kind: 'error'; message: string };

/** Checks the shape of what came back from the tab: it crossed a process boundary. */
export function isExtractResponse(value: unknown): value is ExtractResponse {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.ok === true) return typeof v.result === 'object' && v.result !== null && 'isArticle' in v.result;
  return v.ok === false && (v.kind === 'unsupported' || v.kind === 'error' || v.kind === 'needs-dates');
}

/**
 * The background asks its parser page (`entrypoints/parser/`) to outline a watched page's HTML
 * (`now`: the capture time, ISO 8601), or to read the actors and claims of a page the extractor
 * read in a tab.
 */
export type ParserRequest =
  | { type: 'parser:read'; html: string; url: string; now: string }
  | { type: 'parser:analyse'; page: PageArticle };

export const isParserRequest = (value: unknown): value is ParserRequest => {
  const v = value as { type?: string; html?: unknown; page?: unknown } | null;
  return (
    (v?.type === 'parser:read' && typeof v.html === 'string') ||
    (v?.type === 'parser:analyse' && typeof v.page === 'object' && v.page !== null)
  );
};

/**
 * The library's protocol: extension pages ask the background script, the only writer of the
 * library and the settings, so that saves from two tabs at once are queued, never interleaved.
 */
export type LibraryRequest =
  | { type: 'library:save'; article: Article; url: string; now: string }
  | { type: 'library:remove'; id: string }
  | { type: 'library:restore'; saved: SavedArticle }
  | { type: 'library:seen'; id: string }
  | { type: 'library:import'; articles: SavedArticle[] }
  | { type: 'library:check-now' }
  | { type: 'settings:note-options'; options: NoteOptions }
  | { type: 'settings:toolbar'; opens: ToolbarOpens }
  /**
   * What the keyboard commands and the page's context menu do, on a tab: open the side panel on
   * it (`outline`) or save its article (`save`). The panel's buttons and the tests ask the same way.
   */
  | { type: 'companion:run'; action: CompanionAction; tabId: number };

export type CompanionAction = 'outline' | 'save';

export type LibraryResponse =
  | { ok: true; type: 'saved'; result: SaveResult }
  | { ok: true; type: 'removed'; saved: SavedArticle | null }
  | { ok: true; type: 'restored'; entry: IndexEntry }
  | { ok: true; type: 'seen' }
  | { ok: true; type: 'imported'; count: number }
  | { ok: true; type: 'checked'; checked: number; updated: number }
  | { ok: true; type: 'note-options'; options: NoteOptions }
  | { ok: true; type: 'toolbar'; opens: ToolbarOpens }
  | { ok: true; type: 'companion'; message: string }
  | { ok: false; message: string };

const LIBRARY_TYPES = new Set([
  'library:save',
  'library:remove',
  'library:restore',
  'library:seen',
  'library:import',
  'library:check-now',
  'settings:note-options',
  'settings:toolbar',
  'companion:run',
]);

/** Is this message for the library? Messages cross a context boundary, so their shape is checked. */
export const isLibraryRequest = (value: unknown): value is LibraryRequest =>
  typeof value === 'object' && value !== null && LIBRARY_TYPES.has((value as { type?: string }).type ?? '');
