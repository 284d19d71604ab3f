import { applyToolbar, createMenus, menuAction, runCompanion, SAVE_COMMAND } from '@/utils/companion';
import { t } from '@/utils/i18n';
import {
  importArticles,
  LibraryError,
  loadToolbarOpens,
  markSeen,
  removeArticle,
  restoreArticle,
  saveArticle,
  saveNoteOptions,
  saveToolbarOpens,
} from '@/utils/library-store';
import { isLibraryRequest, type LibraryRequest, type LibraryResponse } from '@/utils/messages';
import { checkWatched, syncWatchAlarm, updateBadge, WATCH_ALARM } from '@/utils/watch';

/** Runs one library request; a failure comes back as a sentence, never as a rejected promise. */
async function handle(request: LibraryRequest): Promise<LibraryResponse> {
  try {
    switch (request.type) {
      case 'library:save':
        return {
          ok: true,
          type: 'saved',
          result: await saveArticle(request.article, request.url, new Date(request.now)),
        };
      case 'library:remove':
        return { ok: true, type: 'removed', saved: await removeArticle(request.id) };
      case 'library:restore':
        return { ok: true, type: 'restored', entry: await restoreArticle(request.saved) };
      case 'library:seen':
        await markSeen(request.id);
        await updateBadge();
        return { ok: true, type: 'seen' };
      case 'library:check-now':
        return { ok: true, type: 'checked', ...(await checkWatched(new Date(), { force: true })) };
      case 'library:import':
        return { ok: true, type: 'imported', count: await importArticles(request.articles) };
      case 'settings:note-options':
        return { ok: true, type: 'note-options', options: await saveNoteOptions(request.options) };
      case 'settings:toolbar':
        await saveToolbarOpens(request.opens);
        await applyToolbar(request.opens);
        return { ok: true, type: 'toolbar', opens: request.opens };
      case 'companion:run': {
        const tab = await browser.tabs.get(request.tabId);
        return { ok: true, type: 'companion', message: await runCompanion(request.action, tab) };
      }
    }
  } catch (error) {
    const message = error instanceof LibraryError ? error.message : t('libraryFailed', String(error));
    return { ok: false, message };
  }
}

/**
 * The library's only writer. Extension pages send it requests; each is queued in
 * `library-store`, so saves from two tabs at once both land. It reads pages only for watching,
 * on sites the reader allowed (`utils/watch.ts`).
 */
export default defineBackground(() => {
  // Watching runs only for sites the reader allowed; the alarm exists only while one is.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === WATCH_ALARM) checkWatched(new Date());
  });
  browser.permissions.onAdded.addListener(() => syncWatchAlarm());
  browser.permissions.onRemoved.addListener(() => syncWatchAlarm());
  // At install and start-up: the watch alarm, the page's context menu, and the toolbar button
  // as the reader chose it.
  const setUp = () => Promise.all([syncWatchAlarm(), createMenus(), loadToolbarOpens().then(applyToolbar)]);
  browser.runtime.onStartup.addListener(setUp);
  browser.runtime.onInstalled.addListener(setUp);

  // The reading companion: the save shortcut (the other, opening Dossier, is the browser's
  // `_execute_action`), the toolbar button when it opens the panel (its click reaches
  // `onClicked` only when it has no popup), and the context menu.
  browser.action.onClicked.addListener((tab) => runCompanion('outline', tab));
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === SAVE_COMMAND && tab) runCompanion('save', tab);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const action = menuAction(info.menuItemId);
    if (action && tab) runCompanion(action, tab);
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only the extension's own pages may write the library: not a web page, not a script in one.
    const ownPage = sender.id === browser.runtime.id && sender.url?.startsWith(browser.runtime.getURL('/'));
    if (!ownPage || !isLibraryRequest(message)) return undefined;
    return handle(message);
  });
});
