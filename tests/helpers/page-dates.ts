import { readArticleDates } from '../../utils/core/dates/article-dates';
import { mainArticle, readArticleHeader } from '../../utils/core/extract/article-header';
import { readJsonLdArticle } from '../../utils/core/metadata/json-ld';
import { readMetaTags } from '../../utils/core/metadata/meta-tags';

/**
 * The dates of a page with no site adapter, read at `now` as the pipeline reads them (its H1 is
 * the headline; `authors` are the names its byline gives).
 */
export const readPageDates = (doc: Document, now: Date, url: string, language: string | null, authors: string[] = []) =>
  readArticleDates({
    doc,
    meta: readMetaTags(doc),
    now,
    url,
    header: readArticleHeader(doc, [doc.querySelector('h1')?.textContent ?? ''], null).header,
    site: null,
    jsonLd: readJsonLdArticle(doc),
    article: mainArticle(doc),
    language,
    authors,
  });
