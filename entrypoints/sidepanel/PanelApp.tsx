import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { OutlineView } from '@/components/OutlineView';
import { useOpenShortcut } from '@/components/use-open-shortcut';
import { analyseHere } from '@/utils/analyse-here';
import { quoted, t } from '@/utils/i18n';
import { loadPanelRequest, onPanelRequest, type PanelRequest, savePanelRequest } from '@/utils/library-store';
import { type OutlineState, readTab } from '@/utils/outline-tab';

/** How a reader lets Dossier read a tab: by asking on that tab, which is what the browser trusts. */
function HowToAsk({ shortcut }: { shortcut: string | null }) {
  const menu = quoted(t('menuOutline'));
  return <>{shortcut ? t('howToAsk', shortcut, menu) : t('howToAskNoShortcut', menu)}</>;
}

/**
 * The side panel (Chrome) or sidebar (Firefox): the popup's outline, kept open beside the page.
 * It outlines the tab the reader asked about in this window, and only that one: on another tab
 * it says so and offers to outline it, and when its tab moves to another page it offers to read
 * that page, rather than reading either unasked.
 */
export function PanelApp() {
  const [windowId, setWindowId] = useState<number | null>(null);
  const [request, setRequest] = useState<PanelRequest | null | undefined>(undefined);
  const [state, setState] = useState<OutlineState>({ kind: 'loading' });
  const [activeTab, setActiveTab] = useState<number | null>(null);
  const [moved, setMoved] = useState(false);
  // When the panel is open as a tab of its own (tests, or a reader who opened its address), that
  // tab is not one to outline.
  const ownTab = useRef<number | undefined>(undefined);
  const shortcut = useOpenShortcut();

  useEffect(() => {
    let stop = () => {};
    (async () => {
      const { id } = await browser.windows.getCurrent();
      if (id === undefined) return setRequest(null);
      // Listening before reading: a request made while the panel opens is either read or heard.
      stop = onPanelRequest(id, setRequest);
      ownTab.current = (await browser.tabs.getCurrent())?.id;
      const [active] = await browser.tabs.query({ active: true, windowId: id });
      if (active?.id !== undefined && active.id !== ownTab.current) setActiveTab(active.id);
      setWindowId(id);
      const stored = await loadPanelRequest(id);
      // A request for a tab since closed is no request.
      const live =
        stored &&
        (await browser.tabs.get(stored.tabId).then(
          () => stored,
          () => null,
        ));
      setRequest((heard) => (heard && (!live || heard.at > live.at) ? heard : live));
    })();
    return () => stop();
  }, []);

  const read = useCallback(
    (outlineAnyway: boolean) => {
      if (!request) return;
      setState({ kind: 'loading' });
      setMoved(false);
      readTab(String(request.tabId), outlineAnyway, { analyse: analyseHere, onOutline: setState }).then(setState);
    },
    [request],
  );
  useEffect(() => read(false), [read]);

  useEffect(() => {
    const activated = (info: { tabId: number; windowId: number }) => {
      if (info.windowId === windowId && info.tabId !== ownTab.current) setActiveTab(info.tabId);
    };
    const updated = (tabId: number, change: { status?: string }) => {
      if (tabId === request?.tabId && change.status === 'loading') setMoved(true);
    };
    browser.tabs.onActivated.addListener(activated);
    browser.tabs.onUpdated.addListener(updated);
    return () => {
      browser.tabs.onActivated.removeListener(activated);
      browser.tabs.onUpdated.removeListener(updated);
    };
  }, [windowId, request]);

  const ask = (tabId: number | null) => {
    if (tabId !== null && windowId !== null) savePanelRequest({ tabId, windowId, at: Date.now() });
  };
  const elsewhere = request && activeTab !== null && activeTab !== request.tabId;

  return (
    <main class="popup popup--panel" aria-busy={request !== null && state.kind === 'loading'}>
      <p class="popup__brand">Dossier</p>
      {elsewhere && (
        <div class="panel-notice" role="status">
          <p>{t('otherTab')}</p>
          <button type="button" class="button" onClick={() => ask(activeTab)}>
            {t('outlineThisTab')}
          </button>
        </div>
      )}
      {!elsewhere && moved && (
        <div class="panel-notice" role="status">
          <p>{t('tabMoved')}</p>
          <button type="button" class="button" onClick={() => ask(request?.tabId ?? null)}>
            {t('outlineThisPage')}
          </button>
        </div>
      )}
      {request === null && (
        <div class="panel-notice" role="status">
          <p>
            <HowToAsk shortcut={shortcut} />
          </p>
          <button type="button" class="button" onClick={() => ask(activeTab)} disabled={activeTab === null}>
            {t('outlineThisTab')}
          </button>
        </div>
      )}
      {request && <OutlineView state={state} onRead={read} />}
      {request && state.kind === 'restricted' && (
        <p class="panel-hint">
          <HowToAsk shortcut={shortcut} />
        </p>
      )}
    </main>
  );
}
