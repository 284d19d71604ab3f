import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const manifestOf = (dir: string) => JSON.parse(readFileSync(`.output/${dir}/manifest.json`, 'utf8'));

describe('what users install', () => {
  it.each(['chrome-mv3', 'firefox-mv2'])(
    'the %s build asks only for activeTab, scripting, storage and unlimitedStorage',
    (dir) => {
      const manifest = manifestOf(dir);
      expect([...manifest.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage', 'unlimitedStorage']);
      expect(manifest.host_permissions).toBeUndefined();
      expect(manifest.optional_permissions).toBeUndefined();
      // Nothing runs on pages by itself: the extractor is injected when the reader asks. The
      // background script only queues the library's writes; without host permissions it can read no page.
      expect(manifest.content_scripts ?? []).toEqual([]);
      expect(JSON.stringify(manifest.background)).toMatch(/background\.js/);
    },
  );

  it('only the test build may reach http://127.0.0.1, for the headless browser tests', () => {
    expect(manifestOf('chrome-mv3-e2e').host_permissions).toEqual(['http://127.0.0.1/*']);
  });
});
