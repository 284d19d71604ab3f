import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extractArticle } from '../utils/core/extract/extract-article';
import { parseBackup, toBackup } from '../utils/core/library/backup';
import {
  importArticles,
  LibraryError,
  loadAllArticles,
  loadArticle,
  loadIndex,
  loadRecent,
  removeArticle,
  restoreArticle,
  SCHEMA_VERSION,
  saveArticle,
} from '../utils/library-store';
import { asArticle, copyEditSeed, SEED, seedExpected } from './helpers/fixtures';

const SEED_HTML = readFileSync(`${SEED}polistratics-relative-dates.html`, 'utf8');
const CAPTURED = new Date(seedExpected.capturedAt);
const NEXT_DAY = new Date('2025-07-13T09:30:00Z');

function seedAt(now: Date, edit: (html: string) => string = (html) => html) {
  const { document } = parseHTML(edit(SEED_HTML));
  return asArticle(extractArticle(document as unknown as Document, { url: seedExpected.url, now }));
}

/** The seed a day later, its relative dates drifted by one day. */
const drifted = (html: string) => html.replaceAll('4 days ago', '5 days ago').replaceAll('3 days ago', '4 days ago');

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('saving articles', () => {
  it('saves an article once, under its canonical address without tracking parameters', async () => {
    const first = await saveArticle(seedAt(CAPTURED), `${seedExpected.url}?utm_source=newsletter#top`, CAPTURED);
    expect(first.created).toBe(true);
    expect(first.entry).toMatchObject({ title: seedExpected.title, address: seedExpected.url, versions: 1 });
    const again = await saveArticle(seedAt(NEXT_DAY, drifted), seedExpected.url, NEXT_DAY);
    expect(again.created).toBe(false);
    expect(again.revision?.isNewVersion).toBe(false);
    const { entries } = await loadIndex();
    expect(entries).toHaveLength(1);
    const saved = await loadArticle(entries[0].id);
    expect(saved?.versions).toHaveLength(1);
    expect(saved?.lastCheckedAt).toBe(NEXT_DAY.toISOString());
    expect(await fakeBrowser.storage.local.get('dossier:schema')).toEqual({ 'dossier:schema': SCHEMA_VERSION });
  });

  it('keeps a new version when the article was revised', async () => {
    await saveArticle(seedAt(CAPTURED), seedExpected.url, CAPTURED);
    const revised = seedAt(NEXT_DAY, (html) =>
      drifted(html)
        .replace('>4 days ago</span></p>', '>1 day ago</span></p>')
        .replace('has responded “positively” to the latest proposal', 'has rejected the latest proposal'),
    );
    const result = await saveArticle(revised, seedExpected.url, NEXT_DAY);
    expect(result.revision).toMatchObject({ isNewVersion: true, textChanged: true, substantive: true });
    expect(result.entry).toMatchObject({ versions: 2, seenVersions: 1 });
  });

  it('records a copy-edit as a version the reader has already seen, so nothing announces it', async () => {
    await saveArticle(seedAt(CAPTURED), seedExpected.url, CAPTURED);
    const result = await saveArticle(seedAt(NEXT_DAY, copyEditSeed), seedExpected.url, NEXT_DAY);
    expect(result.revision).toMatchObject({ isNewVersion: true, textChanged: true, substantive: false });
    expect(result.entry).toMatchObject({ versions: 2, seenVersions: 2 });
    const saved = await loadArticle(result.entry.id);
    expect(saved?.versions[1].changes).toMatchObject({ substantive: false });
    expect(saved?.versions[1].changes?.claims.changed.map((c) => c.reason?.kind).sort()).toEqual([
      'grammar',
      'spelling',
    ]);
  });

  it('keeps an unseen update unseen when a copy-edit follows it', async () => {
    await saveArticle(seedAt(CAPTURED), seedExpected.url, CAPTURED);
    const revised = (html: string) =>
      html.replace('has responded “positively” to the latest proposal', 'has rejected the latest proposal');
    await saveArticle(seedAt(NEXT_DAY, revised), seedExpected.url, NEXT_DAY);
    const later = new Date('2025-07-14T09:30:00Z');
    const result = await saveArticle(
      seedAt(later, (html) => copyEditSeed(revised(html))),
      seedExpected.url,
      later,
    );
    expect(result.revision?.substantive).toBe(false);
    expect(result.entry).toMatchObject({ versions: 3, seenVersions: 1 });
  });

  it('loses nothing when two articles are saved at the same moment', async () => {
    const other = { ...seedAt(CAPTURED), canonicalUrl: 'https://www.polistratics.com/post/another-analysis' };
    await Promise.all([
      saveArticle(seedAt(CAPTURED), seedExpected.url, CAPTURED),
      saveArticle(other, other.canonicalUrl, CAPTURED),
    ]);
    const { entries } = await loadIndex();
    expect(entries.map((e) => e.address).sort()).toEqual([
      'https://www.polistratics.com/post/another-analysis',
      seedExpected.url,
    ]);
  });

  it('keeps the newest saves for the first screen, in order', async () => {
    const other = { ...seedAt(CAPTURED), canonicalUrl: 'https://www.polistratics.com/post/another-analysis' };
    await saveArticle(seedAt(CAPTURED), seedExpected.url, CAPTURED);
    await saveArticle(other, other.canonicalUrl, NEXT_DAY);
    expect((await loadRecent())?.map((e) => e.address)).toEqual([other.canonicalUrl, seedExpected.url]);
    const { entries } = await loadIndex();
    await removeArticle(entries[0].id);
    expect((await loadRecent())?.map((e) => e.address)).toEqual([seedExpected.url]);
  });

  it('removes an article and puts it back on undo', async () => {
    const { entry } = await saveArticle(seedAt(CAPTURED), seedExpected.url, CAPTURED);
    const removed = await removeArticle(entry.id);
    expect((await loadIndex()).entries).toEqual([]);
    expect(await loadArticle(entry.id)).toBeNull();
    if (!removed) throw new Error('nothing was removed');
    await restoreArticle(removed);
    expect((await loadIndex()).entries.map((e) => e.id)).toEqual([entry.id]);
    expect((await loadArticle(entry.id))?.versions).toHaveLength(1);
  });
});

describe('when storage fails or holds something else', () => {
  it('says the storage is full and leaves the library as it was', async () => {
    await saveArticle(seedAt(CAPTURED), seedExpected.url, CAPTURED);
    const before = await fakeBrowser.storage.local.get(null);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const other = { ...seedAt(CAPTURED), canonicalUrl: 'https://www.polistratics.com/post/another-analysis' };
    await expect(saveArticle(other, other.canonicalUrl, CAPTURED)).rejects.toThrow(LibraryError);
    await expect(saveArticle(other, other.canonicalUrl, CAPTURED)).rejects.toThrow(/storage for extensions is full/);
    vi.restoreAllMocks();
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('skips an index entry it cannot read and loads the rest', async () => {
    const { entry } = await saveArticle(seedAt(CAPTURED), seedExpected.url, CAPTURED);
    await fakeBrowser.storage.local.set({ 'dossier:list:ff': { ffffffff: { id: 7 } } });
    const loaded = await loadIndex();
    expect(loaded.entries.map((e) => e.id)).toEqual([entry.id]);
    expect(loaded.skipped).toBe(1);
  });

  it('refuses to write over a library from a newer Dossier', async () => {
    await fakeBrowser.storage.local.set({ 'dossier:schema': SCHEMA_VERSION + 1 });
    await expect(saveArticle(seedAt(CAPTURED), seedExpected.url, CAPTURED)).rejects.toThrow(/newer version/);
  });
});

describe('export and import', () => {
  it('exports every article and imports them back without losing what the library holds', async () => {
    await saveArticle(seedAt(CAPTURED), seedExpected.url, CAPTURED);
    const backup = toBackup(await loadAllArticles(), CAPTURED);
    const parsed = parseBackup(JSON.stringify(backup));
    if (!parsed.ok) throw new Error(parsed.reason);

    // Meanwhile the library got a new version of the same article; the import must not undo it.
    const revised = seedAt(NEXT_DAY, (html) =>
      drifted(html).replace('has responded “positively” to the latest proposal', 'has rejected the latest proposal'),
    );
    await saveArticle(revised, seedExpected.url, NEXT_DAY);
    await importArticles(parsed.articles);
    const { entries } = await loadIndex();
    expect(entries).toHaveLength(1);
    expect((await loadArticle(entries[0].id))?.versions.map((v) => v.capturedAt)).toEqual([
      CAPTURED.toISOString(),
      NEXT_DAY.toISOString(),
    ]);
  });

  it('refuses a foreign, damaged or newer file, saying why, and changes nothing', () => {
    expect(parseBackup('not json')).toEqual({ ok: false, reason: 'backupNotJson' });
    expect(parseBackup('{"bookmarks": []}')).toEqual({ ok: false, reason: 'backupNotDossier' });
    expect(parseBackup(JSON.stringify({ format: 'dossier-library', schema: 99, articles: [] }))).toEqual({
      ok: false,
      reason: 'backupNewer',
    });
    expect(
      parseBackup(JSON.stringify({ format: 'dossier-library', schema: 1, articles: [{ id: 'x', versions: [] }] })),
    ).toEqual({ ok: false, reason: 'backupDamaged', article: 1 });
  });
});

describe('a library stored by the first release', () => {
  it('loads as it was written', async () => {
    const stored = JSON.parse(readFileSync(new URL('./fixtures/library-schema-1.json', import.meta.url), 'utf8'));
    await fakeBrowser.storage.local.set(stored);
    const { entries, skipped } = await loadIndex();
    expect(skipped).toBe(0);
    expect(entries.map((e) => e.title)).toEqual([seedExpected.title]);
    const saved = await loadArticle(entries[0].id);
    expect(saved?.latest.actors.map((a) => a.name)).toContain('Qatar');
    // A revisit of the same page keeps it one article with one version.
    const again = await saveArticle(seedAt(NEXT_DAY, drifted), seedExpected.url, NEXT_DAY);
    expect(again).toMatchObject({ created: false, entry: { versions: 1 } });
  });
});
