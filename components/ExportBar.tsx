import { useState } from 'preact/hooks';
import type { Article } from '@/utils/core/types';
import { downloadFromPopup } from '@/utils/download-file';
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
      setOutcome({ tone: 'done', message: 'Copied as Markdown.' });
    } catch (error) {
      setOutcome({ tone: 'error', message: `Dossier could not copy (${String(error)}); try Download .md.` });
    }
  };

  const download = async () => {
    try {
      const note = await pageNote(article, now);
      downloadFromPopup(note.name, note.text, 'text/markdown');
      setOutcome({ tone: 'done', message: `Downloaded “${note.name}”.` });
    } catch (error) {
      setOutcome({ tone: 'error', message: `Dossier could not write the note (${String(error)}).` });
    }
  };

  return (
    <section class="export" aria-label="Export">
      <button type="button" class="button button--quiet" onClick={copy}>
        Copy as Markdown
      </button>
      <button type="button" class="button button--quiet" onClick={download}>
        Download .md
      </button>
      <button type="button" class="link-button" onClick={() => browser.runtime.openOptionsPage()}>
        Note settings
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
