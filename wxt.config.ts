import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * The production manifest asks for the least a reader must trust: `activeTab` (the page the
 * reader clicked on, only then), `scripting` (to inject the extractor into it) and `storage`
 * and `unlimitedStorage` (the library, which grows with the reader's saves), `alarms` (for
 * watching). No host permissions until the reader chooses to watch a site, and no always-on
 * content script.
 *
 * The `e2e` mode (`wxt build --mode e2e`, written to `.output/chrome-mv3-e2e`) adds access to
 * http://127.0.0.1 only: a headless browser cannot click the toolbar icon, which is what grants
 * `activeTab`, so the real-browser tests need the page granted another way.
 */
/** Firefox wants a stable add-on id, and a statement of what data leaves the machine: none. */
const FIREFOX_SETTINGS = {
  gecko: {
    id: 'dossier@dossier-extension',
    strict_min_version: '140.0',
    data_collection_permissions: { required: ['none'] },
  },
  gecko_android: { strict_min_version: '142.0' },
};

/** Sites a reader may allow Dossier to re-read saved articles from. */
const WATCHABLE_ORIGINS = ['https://*/*', 'http://*/*'];

/** The test builds' one extra page: an empty extension page, `npm run bench:popup`'s baseline. */
const EMPTY_PAGE = {
  relativeDest: 'empty.html',
  contents: '<!doctype html><html lang="en"><title>empty</title><body></body></html>',
};

export default defineConfig({
  hooks: {
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.mode === 'e2e') files.push(EMPTY_PAGE);
    },
  },
  // Manifest V3 for Firefox too, as for Chrome: see "Firefox: Manifest V3" in the README.
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  // The sources archive is what Mozilla's reviewers rebuild the Firefox package from: the code,
  // its data and the lockfile, not the tests, their fixtures or the benchmarks' labels.
  zip: {
    excludeSources: ['tests/**', 'test-results/**', 'scripts/bench/**', 'vitest*.config.ts', 'biome.json'],
  },
  manifest: ({ browser, mode }) => ({
    // In the reader's language, from `public/_locales` (English when the browser's is not there).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // `contextMenus` for "Outline with Dossier" and "Save to Dossier" on a page (Firefox's `menus`
    // under Chrome's name); WXT adds Chrome's `sidePanel` for the side panel entrypoint.
    // Chrome's `offscreen` hosts the parser of watched pages (`utils/page-parser.ts`); Firefox's
    // background is a page, which hosts it itself.
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      'unlimitedStorage',
      'alarms',
      'contextMenus',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    // Changeable in the browser's shortcut settings. `_execute_action` opens what the toolbar
    // button opens (popup or panel, as the reader chose); the save command runs in the background.
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+D' }, description: '__MSG_commandOpen__' },
      'save-article': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSave__',
      },
    },
    // Watching a site is opt-in: its origin is asked for, from the library page, when the reader
    // chooses.
    optional_host_permissions: WATCHABLE_ORIGINS,
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    ...(browser === 'firefox' ? { browser_specific_settings: FIREFOX_SETTINGS } : {}),
  }),
});
