import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { copyEditSeed, reviseSeed, SEED, seedExpected, WIX } from './helpers/fixtures';

const run = promisify(execFile);
const NOTES = new URL('./fixtures/notes/', import.meta.url).pathname;

/** The command exactly as other tools call it. */
async function outline(...args: string[]) {
  try {
    const { stdout, stderr } = await run('npm', ['run', '-s', 'outline', '--', ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

describe('npm run -s outline', () => {
  it('--json prints one object per file with the contract fields', async () => {
    const { code, stdout } = await outline(
      '--json',
      '--now',
      seedExpected.capturedAt,
      `${SEED}polistratics-relative-dates.html`,
      `${SEED}polistratics-jsonld.html`,
    );
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    const [relative, jsonLd] = lines;
    expect(relative).toMatchObject({
      file: `${SEED}polistratics-relative-dates.html`,
      isArticle: true,
      title: seedExpected.title,
      author: seedExpected.author,
      site: seedExpected.site,
      publishedAt: '2025-07-08',
      updatedAt: '2025-07-09',
      readingTimeMinutes: 6,
    });
    // The actor and claim fields of the contract, on the sample's first actor and key claim.
    const qatar = relative.actors.find((a: { name: string }) => a.name === 'Qatar');
    expect(qatar).toMatchObject({ kind: 'country', role: null });
    expect(qatar.aliases).toEqual(expect.arrayContaining(['Doha', 'Qatari']));
    expect(qatar.mentions).toBeGreaterThan(10);
    const hedged = relative.claims.find((c: { text: string }) => c.text.startsWith('The 60-day truce proposal'));
    expect(hedged).toMatchObject({
      hedged: true,
      hedgeCues: ['reportedly', 'under serious consideration'],
      quote: true,
    });
    expect(Object.keys(hedged)).toEqual(
      expect.arrayContaining(['text', 'section', 'actors', 'source', 'hedged', 'hedgeCues', 'quote']),
    );
    expect(relative.url).toMatch(/^file:\/\//);
    expect(relative.canonicalUrl).toBe(seedExpected.url);
    expect(relative.sections.map((s: { title: string }) => s.title)).toEqual(seedExpected.sections);
    expect(relative.sections[4]).toEqual({ level: 3, title: seedExpected.sections[4], points: [] });
    expect(relative.sections[1].points).toEqual(['Conduit to Hamas', 'Humanitarian Facilitator', 'Regional Balancer']);
    expect(relative.text).toContain('Qatar is one of the few states');
    expect(jsonLd).toMatchObject({ publishedAt: '2025-07-08T06:12:00.000Z', updatedAt: '2025-07-09T14:40:00.000Z' });
  });

  it('--url sets the address the page is reported under', async () => {
    const { stdout } = await outline('--json', '--url', 'https://example.org/x', `${SEED}polistratics-jsonld.html`);
    expect(JSON.parse(stdout).url).toBe('https://example.org/x');
  });

  it('reports a page that is not an article, in the same shape', async () => {
    const { code, stdout } = await outline('--json', `${WIX}wcxb-test-4953-NONBLOG.html.gz`);
    expect(code).toBe(0);
    const record = JSON.parse(stdout);
    expect(record).toMatchObject({ isArticle: false, sections: [], actors: [], claims: [], publishedAt: null });
    expect(record.reason).toMatch(/not an article/);
  });

  it('names a missing file, exits non-zero, and still outlines the others', async () => {
    const { code, stdout, stderr } = await outline('--json', 'no/such/page.html', `${SEED}polistratics-jsonld.html`);
    expect(code).not.toBe(0);
    expect(stderr).toContain('no/such/page.html');
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(stdout).title).toBe(seedExpected.title);
  });

  it('without FILE prints the bundled sample as Markdown, its dates resolved at its capture time', async () => {
    const { code, stdout } = await outline();
    expect(code).toBe(0);
    // The same note the extension exports with its default options.
    expect(stdout).toBe(`${readFileSync(`${NOTES}polistratics-relative-dates.md`, 'utf8')}\n`);
    expect(stdout).toContain(`# ${seedExpected.title}`);
    expect(stdout).toContain('Published 2025-07-08 · Updated 2025-07-09 · 6 min read');
    expect(stdout).toContain('  - 1\\. Israeli Military Objectives vs. Ceasefire Terms');
    // --md prints the key actors with kind, role and mentions, and the eight key claims.
    const actors = stdout.slice(stdout.indexOf('## Key actors'), stdout.indexOf('## Key claims'));
    expect(actors).toContain('- **Steve Witkoff** — person, US envoy, 1 mention\n');
    expect(actors).toMatch(/- \*\*Qatar\*\* — country, \d+ mentions\n/);
    const claims = stdout.slice(stdout.indexOf('## Key claims'));
    expect(claims.match(/^- /gm)).toHaveLength(8);
    expect(claims).toContain('- Hamas, for its part, has responded “positively” to the latest proposal');
  });

  it('--md --article adds the article’s full text as Markdown; --json refuses Markdown options', async () => {
    const { code, stdout } = await outline('--md', '--article');
    expect(code).toBe(0);
    expect(stdout).toContain('## Article\n\nHow Doha and Washington’s Unprecedented Diplomatic Partnership');
    expect(stdout).toContain('#### 1\\. Israeli Military Objectives vs. Ceasefire Terms\n');
    const refused = await outline('--json', '--article');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--json cannot be combined');
  });

  it('refuses a --now that is not a date', async () => {
    const { code, stderr } = await outline('--now', 'tomorrow-ish');
    expect(code).toBe(2);
    expect(stderr).toContain('--now');
  });
});

describe('npm run -s outline -- --compare', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-compare-'));
  const seed = readFileSync(`${SEED}polistratics-relative-dates.html`, 'utf8');
  const file = (name: string, html: string) => {
    writeFileSync(join(dir, name), html);
    return join(dir, name);
  };
  const [old, revised, copyEdited] = [
    file('old.html', seed),
    file('revised.html', reviseSeed(seed)),
    file('copy-edited.html', copyEditSeed(seed)),
  ];
  const compare = (...args: string[]) =>
    outline('--compare', '--url', seedExpected.url, '--now', '2025-07-13T09:30:00Z', ...args);
  afterAll(() => rmSync(dir, { recursive: true }));

  it('--json reports a substantive revision, the claim it changed and why', async () => {
    const { code, stdout } = await compare('--json', old, revised);
    expect(code).toBe(0);
    const record = JSON.parse(stdout);
    expect(record).toMatchObject({
      isNewVersion: true,
      substantive: true,
      summary: 'the quoted words changed: responded “positively” to → rejected',
      claims: {
        changed: [
          {
            before: expect.stringContaining('has responded “positively” to the latest proposal'),
            after: expect.stringContaining('has rejected the latest proposal'),
            substantive: true,
            reason: 'the quoted words changed: responded “positively” to → rejected',
          },
        ],
        added: [],
        removed: [],
      },
      sections: { added: [], removed: [] },
    });
  });

  it('--json reports a copy-edit as a new version that is not substantive', async () => {
    const record = JSON.parse((await compare('--json', old, copyEdited)).stdout);
    expect(record).toMatchObject({ isNewVersion: true, substantive: false, summary: 'wording only (2 fixes)' });
    expect(record.claims.changed.map((c: { substantive: boolean }) => c.substantive)).toEqual([false, false]);
    const same = JSON.parse((await compare('--json', old, old)).stdout);
    expect(same).toMatchObject({ isNewVersion: false, substantive: false, claims: { changed: [] } });
  });

  it('prints the note’s "## Changes" without --json, the changed words marked', async () => {
    const { code, stdout } = await compare(old, revised);
    expect(code).toBe(0);
    expect(stdout).toContain('## Changes');
    expect(stdout).toContain('~~responded “positively” to~~ **rejected**');
    expect((await compare(old, copyEdited)).stdout).toContain('Wording only (2 fixes).');
  });

  it('compares a page too short to outline, as the reader saved it anyway', async () => {
    const short = (figure: string) =>
      file(
        `short-${figure}.html`,
        `<!doctype html><html lang="en"><head><title>Flood</title></head><body><article><h1>Flood</h1><p>The river rose overnight and flooded ${figure} homes in the lower town, officials said on Monday.</p></article></body></html>`,
      );
    const record = JSON.parse((await compare('--json', short('40'), short('45'))).stdout);
    expect(record).toMatchObject({ substantive: true, summary: 'the figure changed: 40 → 45' });
  });

  it('takes exactly two files', async () => {
    const { code, stderr } = await compare(old);
    expect(code).toBe(2);
    expect(stderr).toContain('--compare takes two files');
  });
});
