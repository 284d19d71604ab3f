import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { OutlineView } from '@/components/OutlineView';
import { loadPanelRequest, onPanelRequest, type PanelRequest, savePanelRequest } from '@/utils/library-store';
import { type OutlineState, readTab } from '@/utils/outline-tab';

/** How a reader lets Dossier read a tab: by asking on that tab, which is what the browser trusts. */
const HOW_TO_ASK =
  'Dossier reads a tab when you ask on it: click the Dossier button, press Alt+Shift+D, or right-click the page and choose “Outline with Dossier”.';

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
      readTab(String(request.tabId), outlineAnyway).then(setState);
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
          <p>You are on another tab. Dossier has not read it: it reads a page only when you ask.</p>
          <button type="button" class="button" onClick={() => ask(activeTab)}>
            Outline this tab
          </button>
        </div>
      )}
      {!elsewhere && moved && (
        <div class="panel-notice" role="status">
          <p>This tab has gone to another page since Dossier read it.</p>
          <button type="button" class="button" onClick={() => ask(request?.tabId ?? null)}>
            Outline this page
          </button>
        </div>
      )}
      {request === null && (
        <div class="panel-notice" role="status">
          <p>{HOW_TO_ASK}</p>
          <button type="button" class="button" onClick={() => ask(activeTab)} disabled={activeTab === null}>
            Outline this tab
          </button>
        </div>
      )}
      {request && <OutlineView state={state} onRead={read} />}
      {request && state.kind === 'restricted' && <p class="panel-hint">{HOW_TO_ASK}</p>}
    </main>
  );
}
