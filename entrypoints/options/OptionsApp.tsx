import { useEffect, useState } from 'preact/hooks';
import { useOpenShortcut } from '@/components/use-open-shortcut';
import { savedNote } from '@/utils/core/export/library-notes';
import type { SavedArticle } from '@/utils/core/library/saved-article';
import { DEFAULT_NOTE_OPTIONS, type NoteOptions, parseTags } from '@/utils/core/markdown/note-options';
import { type MessageKey, quoted, t } from '@/utils/i18n';
import { askLibrary } from '@/utils/library-client';
import { loadArticle, loadNoteOptions, loadRecent, loadToolbarOpens, type ToolbarOpens } from '@/utils/library-store';

type Flag = 'frontMatter' | 'outline' | 'actors' | 'claimLinks' | 'changes' | 'article';

/** Each switch and the messages for its label and hint. */
const FLAGS: Array<{ key: Flag; label: MessageKey; hint: MessageKey }> = [
  { key: 'frontMatter', label: 'optFrontMatter', hint: 'optFrontMatterHint' },
  { key: 'outline', label: 'optOutline', hint: 'optOutlineHint' },
  { key: 'actors', label: 'optActors', hint: 'optActorsHint' },
  { key: 'claimLinks', label: 'optClaimLinks', hint: 'optClaimLinksHint' },
  { key: 'changes', label: 'optChanges', hint: 'optChangesHint' },
  { key: 'article', label: 'optArticle', hint: 'optArticleHint' },
];

/** Firefox calls its side panel the sidebar. */
const OPENS_PANEL: MessageKey = import.meta.env.FIREFOX ? 'opensSidebar' : 'opensSidePanel';

/** What the toolbar button and its shortcut open: saved at once, applied by the background script. */
function ToolbarChoice() {
  const [opens, setOpens] = useState<ToolbarOpens | null>(null);
  const shortcut = useOpenShortcut();
  useEffect(() => {
    loadToolbarOpens().then(setOpens);
  }, []);
  const choose = async (next: ToolbarOpens) => {
    setOpens(next);
    const response = await askLibrary({ type: 'settings:toolbar', opens: next });
    if (response.ok && response.type === 'toolbar') setOpens(response.opens);
  };
  if (!opens) return null;
  return (
    <section aria-labelledby="toolbar-heading">
      <h2 id="toolbar-heading">{t('toolbarHeading')}</h2>
      <fieldset class="option-group">
        <legend>{shortcut ? t('toolbarLegend', shortcut) : t('toolbarLegendNoShortcut')}</legend>
        {(
          [
            ['popup', 'opensPopup'],
            ['panel', OPENS_PANEL],
          ] as const
        ).map(([value, label]) => (
          <label class="option option--inline" key={value}>
            <input type="radio" name="toolbar" checked={opens === value} onChange={() => choose(value)} />
            {t(label)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}

/** The settings page: what an exported note includes, saved as the reader changes it, with a preview. */
export function OptionsApp() {
  const [options, setOptions] = useState<NoteOptions | null>(null);
  const [tags, setTags] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [example, setExample] = useState<SavedArticle | null>(null);

  useEffect(() => {
    loadNoteOptions().then((loaded) => {
      setOptions(loaded);
      setTags(loaded.tags.join(', '));
    });
    // The preview uses the newest saved article, when there is one.
    loadRecent().then((recent) => recent?.[0] && loadArticle(recent[0].id).then(setExample));
  }, []);

  const save = async (next: NoteOptions) => {
    setOptions(next);
    const response = await askLibrary({ type: 'settings:note-options', options: next });
    if (!response.ok) return setStatus(response.message);
    if (response.type === 'note-options') {
      setOptions(response.options);
      setTags(response.options.tags.join(', '));
    }
    setStatus(t('settingsSaved'));
  };

  if (!options) return <main class="options-page">{t('loadingSettings')}</main>;
  return (
    <main class="options-page">
      <p class="popup__brand">Dossier</p>
      <h1>{t('settings')}</h1>
      <ToolbarChoice />
      <section aria-labelledby="notes-heading">
        <h2 id="notes-heading">{t('notesHeading')}</h2>
        <p class="options-page__intro">{t('notesIntro')}</p>
        {FLAGS.map(({ key, label, hint }) => (
          <label class="option" key={key}>
            <input type="checkbox" checked={options[key]} onChange={() => save({ ...options, [key]: !options[key] })} />
            <span>
              <span class="option__label">{t(label)}</span>
              <span class="option__hint">{t(hint)}</span>
            </span>
          </label>
        ))}
        <fieldset class="option-group">
          <legend>{t('claimsLegend')}</legend>
          {(
            [
              ['key', 'claimsKey'],
              ['all', 'claimsAll'],
              ['none', 'claimsNoneOption'],
            ] as const
          ).map(([value, label]) => (
            <label class="option option--inline" key={value}>
              <input
                type="radio"
                name="claims"
                checked={options.claims === value}
                onChange={() => save({ ...options, claims: value })}
              />
              {t(label)}
            </label>
          ))}
        </fieldset>
        <label class="option option--text">
          <span class="option__label">{t('tags')}</span>
          <input
            type="text"
            value={tags}
            placeholder="dossier, to-read"
            onInput={(e) => setTags((e.target as HTMLInputElement).value)}
            onChange={() => save({ ...options, tags: parseTags(tags) })}
          />
          <span class="option__hint">{t('tagsHint')}</span>
        </label>
        <p>
          <button type="button" class="button button--quiet" onClick={() => save(DEFAULT_NOTE_OPTIONS)}>
            {t('restoreDefaults')}
          </button>
        </p>
        {status && (
          <p class="options-page__status" role="status">
            {status}
          </p>
        )}
      </section>
      {example && (
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading">{t('preview', quoted(example.latest.title))}</h2>
          <pre class="preview">{savedNote(example, options)}</pre>
        </section>
      )}
    </main>
  );
}
