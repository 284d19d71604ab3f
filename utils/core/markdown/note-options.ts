/**
 * What an exported note includes. The defaults make a note worth keeping on its own: the
 * article's properties, its outline, actors and key claims linked to the page, and its changes.
 * The full text is off by default: it is the page's own words, often long, and the note links
 * to them.
 */
export interface NoteOptions {
  /** YAML front matter (Obsidian properties). */
  frontMatter: boolean;
  outline: boolean;
  actors: boolean;
  /** The key claims, every claim, or none. */
  claims: 'key' | 'all' | 'none';
  /** Each claim links to its sentence on the page (a URL text fragment). */
  claimLinks: boolean;
  /** For a saved article, what each update changed. */
  changes: boolean;
  /** The article's full text, converted to Markdown. */
  article: boolean;
  /** The `tags` property, without "#". */
  tags: string[];
}

export const DEFAULT_NOTE_OPTIONS: NoteOptions = {
  frontMatter: true,
  outline: true,
  actors: true,
  claims: 'key',
  claimLinks: true,
  changes: true,
  article: false,
  tags: ['dossier'],
};

const CLAIM_CHOICES = new Set<unknown>(['key', 'all', 'none']);

/**
 * A tag as Obsidian accepts one: no "#", no spaces or punctuation other than `_`, `-` and `/`,
 * and not only digits. What cannot be a tag becomes nothing.
 */
function cleanTag(tag: string): string {
  const cleaned = tag
    .trim()
    .replace(/^#+/, '')
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{N}_\-/]/gu, '');
  return /^\d*$/.test(cleaned) ? '' : cleaned;
}

const cleanTags = (tags: string[]): string[] => [...new Set(tags.map(cleanTag).filter(Boolean))];

/** Tags typed as one line ("dossier, to read, #gaza"): split on commas, cleaned ("to-read"), once each. */
export const parseTags = (line: string): string[] => cleanTags(line.split(','));

/**
 * Options read from storage or typed by hand: every field that is missing or of the wrong type
 * takes its default, so an older or damaged setting never breaks an export.
 */
export function noteOptionsFrom(value: unknown): NoteOptions {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const flag = (key: keyof NoteOptions) =>
    typeof v[key] === 'boolean' ? (v[key] as boolean) : (DEFAULT_NOTE_OPTIONS[key] as boolean);
  return {
    frontMatter: flag('frontMatter'),
    outline: flag('outline'),
    actors: flag('actors'),
    claims: CLAIM_CHOICES.has(v.claims) ? (v.claims as NoteOptions['claims']) : DEFAULT_NOTE_OPTIONS.claims,
    claimLinks: flag('claimLinks'),
    changes: flag('changes'),
    article: flag('article'),
    tags: Array.isArray(v.tags)
      ? cleanTags(v.tags.filter((t): t is string => typeof t === 'string'))
      : DEFAULT_NOTE_OPTIONS.tags,
  };
}
