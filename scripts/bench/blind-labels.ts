/**
 * Blind second readings of WCXB development pages (`wcxb-dev-blind-labels.json`): on pages where
 * Dossier and WCXB disagreed, which of the two a careful reader who saw neither sides with. A
 * figure against WCXB's labels counts a page as wrong whenever the two readings differ, though
 * on some fields the gold follows a convention a reader would not (an "Updated" date taken for
 * the publication date); these counts say how much of a gap is the labels' and how much Dossier's.
 */
import { readFileSync } from 'node:fs';
import { goldAuthors, normalise } from './identity-match';

type Field = 'title' | 'date' | 'author' | 'kind';

interface BlindLabel {
  id: string;
  url: string;
  field: Field;
  /** A title, a day (`YYYY-MM-DD`, or null: the page gives none), authors, or a WCXB page kind. */
  value: string | string[] | null;
}

/** What the arbitration reads of one page: Dossier's reading and WCXB's gold. */
export interface ArbitratedPage {
  id: string;
  url: string;
  type: string;
  gold: { title: string | null; author: string | null; date: string | null };
  dossier: { isArticle: boolean; title: string | null; authors: string[]; day: string | null };
}

const LABELS = new URL('./wcxb-dev-blind-labels.json', import.meta.url);

const sameTitle = (a: string | null, b: unknown) => !!a && typeof b === 'string' && normalise(a) === normalise(b);
/** The label's first author among `names` (none labelled: none given). */
const hasAuthor = (names: string[], label: unknown) => {
  const first = Array.isArray(label) && label.length ? normalise(label[0]) : null;
  return first ? names.flatMap(goldAuthors).includes(first) : names.length === 0;
};

/** Does each reading agree with the blind label of `field`? */
function agreement(page: ArbitratedPage, label: BlindLabel): { dossier: boolean; wcxb: boolean } {
  const { dossier, gold } = page;
  switch (label.field) {
    case 'title':
      return { dossier: sameTitle(dossier.title, label.value), wcxb: sameTitle(gold.title, label.value) };
    case 'date':
      return { dossier: dossier.day === label.value, wcxb: (gold.date?.slice(0, 10) ?? null) === label.value };
    case 'author':
      return {
        dossier: hasAuthor(dossier.authors, label.value),
        wcxb: hasAuthor(gold.author ? [gold.author] : [], label.value),
      };
    case 'kind':
      return {
        dossier: dossier.isArticle === (label.value === 'article'),
        wcxb: (page.type === 'article') === (label.value === 'article'),
      };
  }
}

/**
 * One line per field: of the labelled pages on which Dossier and WCXB now disagree, how many the
 * blind reader gives to each. Empty when the pages are not WCXB's development split (the labels
 * are matched by id and address).
 */
export function arbitrate(pages: ArbitratedPage[]): string[] {
  const labels = (JSON.parse(readFileSync(LABELS, 'utf8')) as { pages: BlindLabel[] }).pages;
  const byId = new Map(pages.map((page) => [page.id, page]));
  const counts = new Map<Field, { pages: number; dossier: number; wcxb: number }>();
  for (const label of labels) {
    const page = byId.get(label.id);
    if (!page || page.url !== label.url) continue;
    const { dossier, wcxb } = agreement(page, label);
    if (dossier === wcxb) continue;
    const count = counts.get(label.field) ?? { pages: 0, dossier: 0, wcxb: 0 };
    count.pages++;
    if (dossier) count.dossier++;
    else count.wcxb++;
    counts.set(label.field, count);
  }
  return [...counts].map(
    ([field, c]) =>
      `blind second reading, ${field}: the reader sides with Dossier on ${c.dossier}, with WCXB on ${c.wcxb} (pages where only one agrees with the reader: ${c.pages})`,
  );
}
