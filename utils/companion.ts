/**
 * The reading companion's browser wiring: the side panel (Chrome) or sidebar (Firefox), the
 * toolbar button's choice between it and the popup, the save command, and the page's context
 * menu. Every way in is a gesture on one tab, which is what lets Dossier read that tab
 * (`activeTab`): the panel outlines the tab it was asked about, never one it was not.
 */
import { type MessageKey, quoted, t } from './i18n';
import { type PanelRequest, saveArticle, savePanelRequest, type ToolbarOpens } from './library-store';
import type { CompanionAction } from './messages';
import { readTab } from './outline-tab';
import { analyseInParser } from './page-parser';

export const SAVE_COMMAND = 'save-article';
/** The page's context menu: each item's id, its words and what it does. */
const MENUS: Array<{ id: string; title: MessageKey; action: CompanionAction }> = [
  { id: 'dossier-outline', title: 'menuOutline', action: 'outline' },
  { id: 'dossier-save', title: 'menuSave', action: 'save' },
];

interface Tab {
  id?: number;
  windowId?: number;
}

/** Firefox's sidebar, which WXT's Chrome-shaped types do not describe. */
type WithSidebar = { sidebarAction: { open(): Promise<void> } };

/**
 * Opens the panel in the tab's window and asks it to outline that tab. Browsers open a panel
 * only inside the reader's gesture, so the panel is opened before anything is awaited; without
 * a gesture (a test's message) the browser refuses, and a panel already open still follows.
 */
function openPanel(tab: Tab): Promise<string> {
  if (tab.id === undefined || tab.windowId === undefined) return Promise.resolve(t('noTabToOutline'));
  const opened = import.meta.env.FIREFOX
    ? (browser as unknown as WithSidebar).sidebarAction.open()
    : browser.sidePanel.open({ windowId: tab.windowId });
  const request: PanelRequest = { tabId: tab.id, windowId: tab.windowId, at: Date.now() };
  return Promise.all([opened.catch(() => undefined), savePanelRequest(request)]).then(() => t('outliningInPanel'));
}

/** Saves the tab's article to the library and says so on the toolbar button of that tab. */
async function saveTab(tabId: number): Promise<string> {
  const state = await readTab(String(tabId), false, { analyse: analyseInParser });
  let message: string;
  if (state.kind === 'article') {
    const { created } = await saveArticle(state.article, state.article.url, state.now);
    message = t(created ? 'savedArticle' : 'upToDate', quoted(state.article.title));
  } else {
    message = 'reason' in state ? state.reason : t('couldNotRead');
  }
  // The tab's own badge and title, which the browser clears when the tab moves on.
  await browser.action.setBadgeText({ tabId, text: state.kind === 'article' ? '✓' : '!' });
  await browser.action.setTitle({ tabId, title: message });
  return message;
}

/** Runs one companion action on a tab: from a command, the context menu, the panel or a test. */
export function runCompanion(action: CompanionAction, tab: Tab): Promise<string> {
  if (action === 'outline') return openPanel(tab);
  return tab.id === undefined ? Promise.resolve(t('noTabToSave')) : saveTab(tab.id);
}

/** The page's context menu, made anew at install and start-up so that it is there exactly once. */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  for (const { id, title } of MENUS) browser.contextMenus.create({ id, title: t(title), contexts: ['page'] });
}

/** The context menu's action for a menu item, if it is one of Dossier's. */
export const menuAction = (menuItemId: string | number): CompanionAction | undefined =>
  MENUS.find((menu) => menu.id === menuItemId)?.action;

/** Points the toolbar button at the popup or, with no popup, at `action.onClicked` and the panel. */
export function applyToolbar(opens: ToolbarOpens): Promise<void> {
  return browser.action.setPopup({ popup: opens === 'panel' ? '' : 'popup.html' });
}
