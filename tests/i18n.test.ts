import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../utils/core/extract/extract-article';
import type { VersionChanges } from '../utils/core/library/saved-article';
import { plural, t } from '../utils/i18n';
import { updateSummary } from '../utils/update-summary';
import { englishReason, localeFolders, readCatalog, useCatalog } from './helpers/i18n';

/** The languages the interface is written in, as the issue asks for at least. */
const REQUIRED = ['de', 'en', 'es', 'fr', 'ja', 'pt_BR'];

const english = readCatalog('en');
const PLURAL = /_(zero|one|two|few|many|other)$/;
/** `$1`…`$9`, in order: what a translation must fill, as English does. */
const placeholders = (message: string) => [...new Set(message.match(/\$[1-9]/g) ?? [])].sort();

describe('every catalog', () => {
  it('is there for each language Dossier ships', () => {
    expect(localeFolders()).toEqual(expect.arrayContaining(REQUIRED));
  });

  describe.each(localeFolders())('%s', (folder) => {
    const catalog = readCatalog(folder);
    const locale = folder.replace('_', '-');
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

    it('names its own language, for Intl to write dates and numbers in', () => {
      expect(catalog.locale.message).toBe(locale);
    });

    it('has every message English has, a form for each plural category of its language, and nothing else', () => {
      const expected = new Set<string>();
      for (const key of Object.keys(english)) {
        if (!PLURAL.test(key)) expected.add(key);
        else for (const category of categories) expected.add(key.replace(PLURAL, `_${category}`));
      }
      expect(Object.keys(catalog).sort()).toEqual([...expected].sort());
    });

    it('fills the same placeholders as English, and every message says something', () => {
      for (const [key, { message }] of Object.entries(catalog)) {
        const source = english[key] ?? english[key.replace(PLURAL, '_other')];
        expect(placeholders(message), key).toEqual(placeholders(source.message));
        expect(message.trim(), key).not.toBe('');
        // A lone "$" would be read as a placeholder by the browser: "$$" writes one.
        expect(message.replace(/\$(\$|[1-9])/g, ''), key).not.toContain('$');
      }
    });

    it('describes the extension in at most 132 characters, as the stores allow', () => {
      expect(catalog.extDescription.message.length).toBeLessThanOrEqual(132);
    });
  });
});

describe('the interface in the reader’s language', () => {
  const changes = (added: number, changed: number, removed: number, textChanged = true): VersionChanges => ({
    textChanged,
    updatedMoved: true,
    claims: {
      added: Array.from({ length: added }, (_, i) => `Added ${i}.`),
      changed: Array.from({ length: changed }, (_, i) => ({ before: `Before ${i}.`, after: `After ${i}.` })),
      removed: Array.from({ length: removed }, (_, i) => `Removed ${i}.`),
    },
    sections: { added: [], removed: [] },
  });
  const day = { iso: '2025-07-09', source: 'visible-text', precision: 'day' } as const;

  it('says when an update came and how many claims it added, changed and removed', () => {
    expect(updateSummary(changes(2, 1, 1), day)).toMatch(
      /^Updated (9 Jul 2025|Jul 9, 2025), after you saved it — 2 claims added, 1 claim changed, and 1 claim removed$/,
    );
    expect(updateSummary(changes(0, 1, 0), null)).toBe('Changed since you saved it — 1 claim changed');
    expect(updateSummary(changes(0, 0, 0), day)).toMatch(/after you saved it — the text changed, no claim did$/);
  });

  it('says it in German, with German dates, numbers and plurals', () => {
    useCatalog('de');
    expect(updateSummary(changes(2, 1, 0), day)).toContain('9. Juli 2025');
    expect(plural('notes', 1)).not.toBe(plural('notes', 2).replace('2', '1'));
    expect(plural('notes', 1234)).toContain('1.234');
    expect(t('headingKeyClaims')).not.toBe('Key claims');
  });

  it('picks each language’s plural form: French counts 0 as one, Japanese has one form', () => {
    useCatalog('fr');
    expect(plural('savedArticles', 0)).toBe(t('savedArticles_one', '0'));
    expect(plural('savedArticles', 2)).toBe(t('savedArticles_other', '2'));
    useCatalog('ja');
    expect(plural('savedArticles', 1)).toBe(t('savedArticles_other', '1'));
  });

  it('says why a page is not outlined in the same words as the command line, in English', () => {
    const page = (body: string) =>
      parseHTML(`<!doctype html><html><head><title>Short</title></head><body>${body}</body></html>`)
        .document as unknown as Document;
    const now = new Date('2026-01-20T00:00:00Z');
    const short = extractArticle(page('<article><p>Three short words.</p></article>'), {
      url: 'https://a.example/x',
      now,
    });
    const empty = extractArticle(page(''), { url: 'https://a.example/y', now });
    for (const result of [short, empty]) {
      expect(result.isArticle).toBe(false);
      if (!result.isArticle) expect(englishReason(result)).toBe(result.reason);
    }
  });
});
