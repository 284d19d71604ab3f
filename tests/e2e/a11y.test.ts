import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED, seedExpected } from '../helpers/fixtures';
import { openPopup, openTab, type Session, screenshot, startSession } from './harness';

/**
 * axe-core, the accessibility engine browsers' own audits use, on every extension page as a
 * reader meets it, in light and dark mode. Serious and critical violations fail; the rest are
 * printed, so that the run shows where the pages stand.
 */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const pages = { '/seed.html': readFileSync(`${SEED}polistratics-jsonld.html`, 'utf8') };

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

let session: Session;
let seedTab: number;
beforeAll(async () => {
  session = await startSession(pages);
  seedTab = await openTab(session.context, session.id, `${session.origin}/seed.html`);
});
afterAll(() => session?.close());

/** Sends the background a message from one of the extension's pages, as its buttons do. */
const ask = (page: Page, message: object) =>
  page.evaluate(
    (m) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }
      ).chrome.runtime.sendMessage(m),
    message,
  );

/** axe's WCAG 2.1 A and AA rules and its best practices, on the page as it is now. */
async function audit(page: Page): Promise<Violation[]> {
  // `evaluate` runs outside the page's content security policy, which refuses inline scripts.
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(d: Document, o: object): Promise<{ violations: never[] }> } })
      .axe;
    const { violations } = await axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
    });
    return (
      violations as Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }>
    ).map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/** The page in `scheme`, audited; what is not serious is printed, what is, returned. */
async function seriousViolations(page: Page, name: string, scheme: 'light' | 'dark'): Promise<Violation[]> {
  await page.emulateMedia({ colorScheme: scheme });
  const violations = await audit(page);
  for (const v of violations)
    process.stdout.write(`axe ${name} ${scheme}: ${v.impact} ${v.id} (${v.targets.length})\n`);
  if (violations.length === 0) process.stdout.write(`axe ${name} ${scheme}: no violations\n`);
  await screenshot(page, `a11y-${name}-${scheme}`, false);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

const SCHEMES = ['light', 'dark'] as const;

describe('accessibility (axe-core)', () => {
  it.each(SCHEMES)('the popup on an article, in %s mode', async (scheme) => {
    const { popup } = await openPopup(session, seedTab, new Date(seedExpected.capturedAt));
    await popup.locator('.chip__name').first().waitFor();
    await expect(seriousViolations(popup, 'popup', scheme)).resolves.toEqual([]);
    await popup.close();
  });

  it.each(SCHEMES)('the side panel on an article, in %s mode', async (scheme) => {
    const panel = await session.context.newPage();
    await panel.setViewportSize({ width: 400, height: 800 });
    await panel.goto(`chrome-extension://${session.id}/sidepanel.html`);
    await ask(panel, { type: 'companion:run', action: 'outline', tabId: seedTab });
    await panel.locator('.chip__name').first().waitFor();
    await expect(seriousViolations(panel, 'panel', scheme)).resolves.toEqual([]);
    await panel.close();
  });

  it.each(SCHEMES)('the library page, in %s mode', async (scheme) => {
    const library = await session.context.newPage();
    await library.setViewportSize({ width: 1280, height: 800 });
    await library.goto(`chrome-extension://${session.id}/library.html`);
    await ask(library, { type: 'companion:run', action: 'save', tabId: seedTab });
    await library.reload();
    await library.locator('.entry').first().waitFor();
    await expect(seriousViolations(library, 'library', scheme)).resolves.toEqual([]);
    await library.close();
  });

  it('reaches every control of the popup with Tab, in reading order, each with a visible focus ring', async () => {
    const { popup } = await openPopup(session, seedTab, new Date(seedExpected.capturedAt));
    await popup.locator('.chip__name').first().waitFor();
    const controls = await popup.locator('a[href], button:not([disabled]), input, select, [tabindex="0"]').count();
    const reached: Array<{ name: string; top: number; outline: string }> = [];
    for (let i = 0; i < controls; i++) {
      await popup.keyboard.press('Tab');
      reached.push(
        await popup.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const style = getComputedStyle(el);
          return {
            name: el.textContent?.trim() || el.getAttribute('aria-label') || el.tagName,
            top: el.getBoundingClientRect().top + (el.closest('.popup')?.scrollTop ?? 0),
            outline: `${style.outlineStyle} ${style.outlineWidth}`,
          };
        }),
      );
    }
    expect(new Set(reached.map((r, i) => `${i}:${r.name}`)).size).toBe(controls);
    expect(reached.every((r) => r.outline === 'solid 2px')).toBe(true);
    // Down the page, never back up: the order the reader sees.
    const tops = reached.map((r) => r.top);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    await popup.close();
  });

  it('finds what it should: a nameless button and faint text fail', async () => {
    const settings = await session.context.newPage();
    await settings.goto(`chrome-extension://${session.id}/options.html`);
    await settings.getByRole('heading', { name: 'Settings' }).waitFor();
    await settings.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', '<button></button><p style="color:#ddd;background:#fff">faint</p>');
    });
    const ids = (await seriousViolations(settings, 'settings-broken', 'light')).map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['button-name', 'color-contrast']));
    await settings.close();
  });

  it.each(SCHEMES)('the settings page, in %s mode', async (scheme) => {
    const settings = await session.context.newPage();
    await settings.goto(`chrome-extension://${session.id}/options.html`);
    await settings.getByRole('heading', { name: 'Settings' }).waitFor();
    await expect(seriousViolations(settings, 'settings', scheme)).resolves.toEqual([]);
    await settings.close();
  });
});
