import { useState } from 'preact/hooks';
import type { Article } from '@/utils/core/types';
import { downloadFromPopup } from '@/utils/download-file';
import { quoted, t } from '@/utils/i18n';
import { pageNote } from '@/utils/page-note';

type Outcome = { tone: 'done' | 'error'; message: string } | null;

interface Props {
  article: Article;
  now: Date;
}

/** Copy the outline as a Markdown note, or download it as a `.md` file; the settings choose what it holds. */
export function ExportBar({ article, now }: Props) {
  const [outcome, setOutcome] = useState<Outcome>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText((await pageNote(article, now)).text);
      setOutcome({ tone: 'done', message: t('copied') });
    } catch (error) {
      setOutcome({ tone: 'error', message: t('copyFailed', String(error)) });
    }
  };

  const download = async () => {
    try {
      const note = await pageNote(article, now);
      downloadFromPopup(note.name, note.text, 'text/markdown');
      setOutcome({ tone: 'done', message: t('downloaded', quoted(note.name)) });
    } catch (error) {
      setOutcome({ tone: 'error', message: t('noteFailed', String(error)) });
    }
  };

  return (
    <section class="export" aria-label={t('exportLabel')}>
      <button type="button" class="button button--quiet" onClick={copy}>
        {t('copyMarkdown')}
      </button>
      <button type="button" class="button button--quiet" onClick={download}>
        {t('downloadMd')}
      </button>
      <button type="button" class="link-button" onClick={() => browser.runtime.openOptionsPage()}>
        {t('noteSettings')}
      </button>
      {outcome && (
        <p
          class={`export__outcome export__outcome--${outcome.tone}`}
          role={outcome.tone === 'error' ? 'alert' : 'status'}
        >
          {outcome.message}
        </p>
      )}
    </section>
  );
}
