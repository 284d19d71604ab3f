import { formatArticleDate, relativeToNow } from '@/utils/core/dates/format-date';
import type { ArticleDate, PageArticle } from '@/utils/core/types';
import { dateLocale, formatList, type MessageKey, plural, t, tParts } from '@/utils/i18n';

interface Props {
  article: PageArticle;
  /** The capture time, for "4 days ago" hints. */
  now: Date;
}

function DateStamp({ label, date, now }: { label: MessageKey; date: ArticleDate; now: Date }) {
  const locale = dateLocale();
  return (
    <span>
      {tParts(
        label,
        <time dateTime={date.iso} title={relativeToNow(date, now, locale)}>
          {formatArticleDate(date, locale)}
        </time>,
      )}
    </span>
  );
}

/** Title; author · site; "Published … · Updated … · N min read"; then "4 days ago, updated 3 days ago". */
export function ArticleHeader({ article, now }: Props) {
  const { published } = article;
  const locale = dateLocale();
  // An update on the day of publication would print the same date twice.
  const updated =
    article.updated &&
    (!published || formatArticleDate(article.updated, locale) !== formatArticleDate(published, locale))
      ? article.updated
      : null;
  const byline = [article.author, article.site].filter(Boolean).join(' · ');
  const ago = [
    published && relativeToNow(published, now, locale),
    updated && t('updatedAgo', relativeToNow(updated, now, locale)),
  ].filter((part): part is string => Boolean(part));
  return (
    <header class="article">
      <h1 class="article__title">{article.title}</h1>
      {byline && <p class="article__byline">{byline}</p>}
      <p class="article__meta">
        {[
          published && <DateStamp key="published" label="published" date={published} now={now} />,
          updated && <DateStamp key="updated" label="updated" date={updated} now={now} />,
          <span key="reading">{plural('readingTime', article.readingTimeMinutes)}</span>,
        ]
          .filter(Boolean)
          .map((part, index) => [index > 0 && ' · ', part])}
      </p>
      {ago.length > 0 && <p class="article__ago">{formatList(ago, 'unit')}</p>}
    </header>
  );
}
