import { useEffect, useState } from 'preact/hooks';
import { savedNote } from '@/utils/core/export/library-notes';
import type { SavedArticle } from '@/utils/core/library/saved-article';
import { DEFAULT_NOTE_OPTIONS, type NoteOptions, parseTags } from '@/utils/core/markdown/note-options';
import { askLibrary } from '@/utils/library-client';
import { loadArticle, loadNoteOptions, loadRecent, loadToolbarOpens, type ToolbarOpens } from '@/utils/library-store';

type Flag = 'frontMatter' | 'outline' | 'actors' | 'claimLinks' | 'changes' | 'article';

const FLAGS: Array<{ key: Flag; label: string; hint: string }> = [
  {
    key: 'frontMatter',
    label: 'Properties',
    hint: 'Title, source, author, dates, actors and tags as YAML front matter (Obsidian properties).',
  },
  { key: 'outline', label: 'Outline', hint: 'The sections in order, nested as the article nests them.' },
  { key: 'actors', label: 'Key actors', hint: 'Up to 12, each with its kind, role and mentions.' },
  {
    key: 'claimLinks',
    label: 'Link claims to the page',
    hint: 'Each claim links to its sentence, highlighted when opened.',
  },
  { key: 'changes', label: 'Changes', hint: 'For a saved article, what each update changed.' },
  {
    key: 'article',
    label: 'Full article text',
    hint: 'The article itself as Markdown. Off by default: notes stay short and link to the page.',
  },
];

/** Firefox calls its side panel the sidebar. */
const PANEL_NAME = import.meta.env.FIREFOX ? 'sidebar' : 'side panel';

/** What the toolbar button and its shortcut open: saved at once, applied by the background script. */
function ToolbarChoice() {
  const [opens, setOpens] = useState<ToolbarOpens | null>(null);
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
      <h2 id="toolbar-heading">The Dossier button</h2>
      <fieldset class="option-group">
        <legend>Clicking it, or pressing Alt+Shift+D, opens</legend>
        {(
          [
            ['popup', 'A popup, which closes when you click into the page'],
            ['panel', `The ${PANEL_NAME}, which stays open beside the page while you read`],
          ] as const
        ).map(([value, label]) => (
          <label class="option option--inline" key={value}>
            <input type="radio" name="toolbar" checked={opens === value} onChange={() => choose(value)} />
            {label}
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
    setStatus('Saved. Notes you export from now on use these settings.');
  };

  if (!options) return <main class="options-page">Loading your settings…</main>;
  return (
    <main class="options-page">
      <p class="popup__brand">Dossier</p>
      <h1>Settings</h1>
      <ToolbarChoice />
      <section aria-labelledby="notes-heading">
        <h2 id="notes-heading">Markdown notes</h2>
        <p class="options-page__intro">
          What a note holds when you copy or download it from the popup, or export it from your library.
        </p>
        {FLAGS.map(({ key, label, hint }) => (
          <label class="option" key={key}>
            <input type="checkbox" checked={options[key]} onChange={() => save({ ...options, [key]: !options[key] })} />
            <span>
              <span class="option__label">{label}</span>
              <span class="option__hint">{hint}</span>
            </span>
          </label>
        ))}
        <fieldset class="option-group">
          <legend>Claims</legend>
          {(
            [
              ['key', 'Key claims (up to 8)'],
              ['all', 'Every claim'],
              ['none', 'No claims'],
            ] as const
          ).map(([value, label]) => (
            <label class="option option--inline" key={value}>
              <input
                type="radio"
                name="claims"
                checked={options.claims === value}
                onChange={() => save({ ...options, claims: value })}
              />
              {label}
            </label>
          ))}
        </fieldset>
        <label class="option option--text">
          <span class="option__label">Tags</span>
          <input
            type="text"
            value={tags}
            placeholder="dossier, to-read"
            onInput={(e) => setTags((e.target as HTMLInputElement).value)}
            onChange={() => save({ ...options, tags: parseTags(tags) })}
          />
          <span class="option__hint">Separated by commas; spaces become hyphens, and “#” is not needed.</span>
        </label>
        <p>
          <button type="button" class="button button--quiet" onClick={() => save(DEFAULT_NOTE_OPTIONS)}>
            Restore the defaults
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
          <h2 id="preview-heading">Preview: “{example.latest.title}”</h2>
          <pre class="preview">{savedNote(example, options)}</pre>
        </section>
      )}
    </main>
  );
}
