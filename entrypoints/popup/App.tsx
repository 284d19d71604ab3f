import { useCallback, useLayoutEffect, useState } from 'preact/hooks';
import { OutlineView } from '@/components/OutlineView';
import { analyseHere } from '@/utils/analyse-here';
import { type OutlineState, readTab } from '@/utils/outline-tab';

interface Props {
  /** `?tab=<id>` outlines that tab (the popup opened as a page); otherwise the active tab. */
  tabParam: string | null;
}

/** The popup: outlines the tab as soon as it opens, and shows one of five states. */
export function App({ tabParam }: Props) {
  const [state, setState] = useState<OutlineState>({ kind: 'loading' });
  const read = useCallback(
    (outlineAnyway: boolean) => {
      setState({ kind: 'loading' });
      readTab(tabParam, outlineAnyway, { analyse: analyseHere, onOutline: setState }).then(setState);
    },
    [tabParam],
  );
  // Before the first paint: the tab is asked for while the popup draws "Reading the article…".
  useLayoutEffect(() => read(false), [read]);

  return (
    <main class="popup" aria-busy={state.kind === 'loading'}>
      <p class="popup__brand">Dossier</p>
      <OutlineView state={state} onRead={read} />
    </main>
  );
}
