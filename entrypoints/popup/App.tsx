import { useCallback, useEffect, useState } from 'preact/hooks';
import { ArticleHeader } from '@/components/ArticleHeader';
import { SectionOutline } from '@/components/SectionOutline';
import { StatusMessage } from '@/components/StatusMessage';
import { type OutlineState, outlineTab } from '@/utils/outline-tab';

interface Props {
  /** `?tab=<id>` outlines that tab (the popup opened as a page); otherwise the active tab. */
  tabParam: string | null;
}

/** The popup: outlines the tab as soon as it opens, and shows one of five states. */
export function App({ tabParam }: Props) {
  const [state, setState] = useState<OutlineState>({ kind: 'loading' });
  const load = useCallback(() => {
    setState({ kind: 'loading' });
    outlineTab(tabParam, new Date()).then(setState, (error: unknown) =>
      setState({ kind: 'error', reason: `Dossier could not read this page (${String(error)}).` }),
    );
  }, [tabParam]);
  useEffect(load, [load]);

  return (
    <main class="popup" aria-busy={state.kind === 'loading'}>
      <p class="popup__brand">Dossier</p>
      {state.kind === 'loading' && <p class="popup__loading">Reading the article…</p>}
      {state.kind === 'article' && (
        <>
          <ArticleHeader article={state.article} now={state.now} />
          <h2 class="popup__heading">Outline</h2>
          <SectionOutline sections={state.article.sections} />
        </>
      )}
      {state.kind === 'not-article' && <StatusMessage tone="info" message={state.reason} onRetry={load} />}
      {state.kind === 'restricted' && <StatusMessage tone="info" message={state.reason} />}
      {state.kind === 'error' && <StatusMessage tone="error" message={state.reason} onRetry={load} />}
    </main>
  );
}
