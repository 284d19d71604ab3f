import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const manifestOf = (dir: string) => JSON.parse(readFileSync(`.output/${dir}/manifest.json`, 'utf8'));

describe('what users install', () => {
  it.each(['chrome-mv3', 'firefox-mv3'])(
    'the %s build asks for no site until the reader chooses to watch one',
    (dir) => {
      const manifest = manifestOf(dir);
      // Chrome's side panel and its offscreen parser of watched pages need their own permissions;
      // Firefox's sidebar needs none, and its background page hosts the parser itself.
      expect([...manifest.permissions].sort()).toEqual(
        [
          'activeTab',
          'alarms',
          'contextMenus',
          'scripting',
          ...(dir.startsWith('chrome') ? ['sidePanel', 'offscreen'] : []),
          'storage',
          'unlimitedStorage',
        ].sort(),
      );
      expect(manifest.host_permissions).toBeUndefined();
      // Watching asks for a site's origin from the library page, one site at a time.
      expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
      // Nothing runs on pages by itself: the extractor is injected when the reader asks. The
      // background script queues the library's writes and, for watched sites only, re-reads them.
      expect(manifest.content_scripts ?? []).toEqual([]);
      expect(JSON.stringify(manifest.background)).toMatch(/background\.js/);
    },
  );

  it.each(['chrome-mv3', 'firefox-mv3'])(
    'the %s build is Manifest V3, its toolbar button titled with what it does',
    (dir) => {
      const manifest = manifestOf(dir);
      expect(manifest.manifest_version).toBe(3);
      expect(manifest.action.default_title).toBe('__MSG_actionTitle__');
      // Its name, description, button title and shortcuts' names are in the reader's language:
      // each is a message every catalog the build ships has.
      expect(manifest.default_locale).toBe('en');
      const messages = JSON.stringify(manifest).match(/__MSG_\w+__/g) ?? [];
      expect(messages).toEqual(
        expect.arrayContaining(['__MSG_extName__', '__MSG_extDescription__', '__MSG_commandOpen__']),
      );
      for (const folder of readdirSync(`.output/${dir}/_locales`)) {
        const catalog = JSON.parse(readFileSync(`.output/${dir}/_locales/${folder}/messages.json`, 'utf8'));
        for (const message of messages)
          expect(catalog[message.slice(6, -2)]?.message, `${folder} ${message}`).toBeTruthy();
      }
      // Firefox runs an event page, not a service worker; neither keeps a background alive.
      expect(manifest.background.persistent).toBeUndefined();
    },
  );

  it.each(['chrome-mv3', 'firefox-mv3'])(
    'the %s build has the side panel, a shortcut to open Dossier and one to save',
    (dir) => {
      const manifest = manifestOf(dir);
      const panel = dir.startsWith('chrome') ? manifest.side_panel.default_path : manifest.sidebar_action.default_panel;
      expect(panel).toBe('sidepanel.html');
      expect(manifest.commands._execute_action.suggested_key.default).toBe('Alt+Shift+D');
      expect(manifest.commands['save-article'].suggested_key.default).toBe('Alt+Shift+S');
    },
  );

  it.each(['chrome-mv3', 'firefox-mv3'])('the %s build has icons at every size stores and screens ask for', (dir) => {
    // 96 is Firefox's for high-density screens; 128 the stores'.
    expect(Object.keys(manifestOf(dir).icons)).toEqual(['16', '32', '48', '96', '128']);
  });

  it.each(['chrome-mv3', 'firefox-mv3'])(
    'only the %s test build may reach http://127.0.0.1, for the headless browser tests',
    (dir) => {
      expect(manifestOf(`${dir}-e2e`).host_permissions).toEqual(['http://127.0.0.1/*']);
    },
  );
});
