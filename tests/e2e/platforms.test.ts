import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/fixtures';
import { openPopup, openTab, type Session, screenshot, startSession } from './harness';

const page = (name: string) => gunzipSync(readFileSync(`${FIXTURES}platforms/${name}.html.gz`)).toString('utf8');
const pages = {
  // A Substack post (WCXB dev 0460): its sections are `h3.header-anchor-post`, which Readability drops.
  '/p/process-knowledge-management-part-63a': page('substack--0460'),
  // A news site's front page (WCXB dev 2970): a listing of stories, not an article.
  '/': page('wordpress--2970'),
};
/** A day after the Substack post's capture, as a reader would open it. */
const NOW = new Date('2026-01-15T10:00:00Z');

let session: Session;
beforeAll(async () => {
  session = await startSession(pages);
});
afterAll(() => session?.close());

describe('the popup on a Substack post', () => {
  it('shows its date, its publication and its sections', async () => {
    const tabId = await openTab(
      session.context,
      session.id,
      `${session.origin}/p/process-knowledge-management-part-63a`,
    );
    const { popup } = await openPopup(session, tabId, NOW);
    await popup.getByRole('heading', { level: 1 }).waitFor();
    await expect(popup.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Process Knowledge Management, Part IV',
    );
    await expect(popup.locator('.article__byline').textContent()).resolves.toBe(
      'Jessica Talisman · Intentional Arrangement',
    );
    await expect(popup.locator('.article__meta').textContent()).resolves.toMatch(/^Published 19 Dec 2025 · /);
    const sections = await popup.locator('.outline__title').allTextContents();
    expect(sections.length).toBeGreaterThanOrEqual(10);
    expect(sections.slice(0, 2)).toEqual(['Introduction', 'The Problem PKO Addresses']);
    expect(sections.join(' ')).not.toMatch(/Subscribe|Discussion about this post|Share/);
    await screenshot(popup, 'popup-substack');
    await popup.close();
  });
});

describe('the popup on a page that is not an article', () => {
  it('says what the page is in one sentence, and outlines it anyway when the reader asks', async () => {
    const tabId = await openTab(session.context, session.id, `${session.origin}/`);
    const { popup } = await openPopup(session, tabId, NOW);
    const message = popup.locator('.status__message');
    await message.waitFor();
    await expect(message.textContent()).resolves.toBe(
      'This is the site’s front page, not an article: open one of its articles to outline it.',
    );
    await expect(popup.locator('.outline').count()).resolves.toBe(0);
    await screenshot(popup, 'popup-listing');
    await popup.getByRole('button', { name: 'Outline anyway' }).click();
    await popup.getByRole('heading', { level: 1 }).waitFor();
    await expect(popup.locator('.status__message').count()).resolves.toBe(0);
    await screenshot(popup, 'popup-outline-anyway');
    await popup.close();
  });
});
