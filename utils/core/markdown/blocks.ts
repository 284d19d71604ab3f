import type { ArticleDate } from '../types';

/** Markdown blocks, the empty ones left out, a blank line between each. */
export const joinLines = (blocks: Array<string | null | false | undefined>) => blocks.filter(Boolean).join('\n\n');

/** A date as the note writes it: its day (`2025-07-12`), in the page's own offset. */
export const day = (date: ArticleDate) => date.iso.slice(0, 10);
