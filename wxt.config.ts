import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * The production manifest asks for the least a reader must trust: `activeTab` (the page the
 * reader clicked on, only then), `scripting` (to inject the extractor into it) and `storage`
 * (the library). No host permissions and no always-on content script.
 *
 * The `e2e` mode (`wxt build --mode e2e`, written to `.output/chrome-mv3-e2e`) adds access to
 * http://127.0.0.1 only: a headless browser cannot click the toolbar icon, which is what grants
 * `activeTab`, so the real-browser tests need the page granted another way.
 */
export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ mode }) => ({
    name: 'Dossier',
    description: 'Outline the article you are reading: who wrote it, when, its sections. Nothing leaves your machine.',
    permissions: ['activeTab', 'scripting', 'storage'],
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    action: { default_title: 'Outline this article' },
  }),
});
