import { useEffect, useState } from 'preact/hooks';
import { ArticleHeader } from '@/components/ArticleHeader';
import { SectionOutline } from '@/components/SectionOutline';
import { StatusMessage } from '@/components/StatusMessage';
import { t } from '@/utils/i18n';
import type { OutlineState } from '@/utils/outline-tab';
import { POPUP_MARKS } from '@/utils/popup-marks';

type AnalysisParts = typeof import('@/components/AnalysisParts');

/** The analysis's parts, loaded once `wanted` (when the outline is shown, while the analysis runs); null until then. */
function useAnalysisParts(wanted: boolean): AnalysisParts | null {
  const [parts, setParts] = useState<AnalysisParts | null>(null);
  useEffect(() => {
    if (wanted && !parts) import('@/components/AnalysisParts').then(setParts);
  }, [wanted, parts]);
  return parts;
}

interface Props {
  state: OutlineState;
  /** Reads the tab again; `outlineAnyway` outlines a page that does not look like an article. */
  onRead: (outlineAnyway: boolean) => void;
}

/** One tab's outline, or the sentence that says why there is none: the popup's and the panel's body. */
export function OutlineView({ state, onRead }: Props) {
  // The page as read, shown as soon as it is there; its actors and claims follow.
  const read =
    state.kind === 'outline'
      ? { page: state.page, now: state.now }
      : state.kind === 'article'
        ? { page: state.article, now: state.now }
        : null;
  const shown = read !== null;
  const parts = useAnalysisParts(shown);
  // The article waits for its parts' code (loaded beside its analysis, so all but always there).
  const analysed = state.kind === 'article' && parts ? { ...state, parts } : null;
  // Preact runs effects after the frame is painted: the outline is on screen.
  useEffect(() => {
    if (shown) performance.mark(POPUP_MARKS.outlineShown);
  }, [shown]);
  return (
    <>
      {state.kind === 'loading' && (
        // Announced: a screen reader hears that Dossier is at work, then what it found.
        <p class="popup__loading" role="status">
          {t('loading')}
        </p>
      )}
      {read && (
        <>
          <ArticleHeader article={read.page} now={read.now} />
          {analysed && <analysed.parts.ArticleActions article={analysed.article} now={read.now} />}
          <h2 class="popup__heading">{t('headingOutline')}</h2>
          <SectionOutline sections={read.page.sections} />
          {analysed ? (
            <analysed.parts.Analysis article={analysed.article} tabId={analysed.tabId} />
          ) : (
            <p class="popup__loading" role="status">
              {t('analysing')}
            </p>
          )}
        </>
      )}
      {state.kind === 'not-article' && (
        <StatusMessage
          tone="info"
          message={state.reason}
          onRetry={() => onRead(false)}
          onOutlineAnyway={state.outlineAnyway ? () => onRead(true) : undefined}
        />
      )}
      {state.kind === 'restricted' && <StatusMessage tone="info" message={state.reason} />}
      {state.kind === 'error' && <StatusMessage tone="error" message={state.reason} onRetry={() => onRead(false)} />}
    </>
  );
}
